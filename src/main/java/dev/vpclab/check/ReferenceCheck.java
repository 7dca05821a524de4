package dev.vpclab.check;

import dev.vpclab.model.AddressSet;
import dev.vpclab.model.AwsService;
import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.EndpointEni;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.Flow;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.SecurityGroupRule;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.model.VpnConnection;
import dev.vpclab.net.IpAddress;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that every reference names an existing component of the right kind ({@code
 * DANGLING_REFERENCE}, {@code WRONG_REFERENCE_KIND}), that ids are unique ({@code DUPLICATE_ID})
 * and that what a component attaches to lives in its own VPC ({@code REFERENCE_IN_OTHER_VPC}: AWS
 * refuses a subnet associated with another VPC's route table, an instance in another VPC's security
 * group, and so on).
 */
final class ReferenceCheck {
    /** The kinds a VPC route table may send traffic to (AWS route targets we model). */
    private static final Set<ComponentKind> ROUTE_TARGETS =
            EnumSet.of(
                    ComponentKind.INTERNET_GATEWAY,
                    ComponentKind.EGRESS_ONLY_INTERNET_GATEWAY,
                    ComponentKind.NAT_GATEWAY,
                    ComponentKind.GATEWAY_ENDPOINT,
                    ComponentKind.VIRTUAL_PRIVATE_GATEWAY,
                    ComponentKind.VPC_PEERING,
                    ComponentKind.TRANSIT_GATEWAY,
                    ComponentKind.INSTANCE);

    private static final String BLACKHOLE = "blackhole";

    private final LabIndex index;
    private final Findings findings;
    private final References refs;

    ReferenceCheck(LabIndex index, Findings findings) {
        this.index = index;
        this.findings = findings;
        this.refs = new References(index, findings);
    }

    void run() {
        Set<String> seen = new HashSet<>();
        for (Component c : index.lab().components()) {
            if (!seen.add(c.id())) {
                findings.error(
                        ProblemCodes.DUPLICATE_ID, c.id(), "id", "check.duplicateId", c.id());
            }
            check(c);
        }
        index.lab().query().ifPresent(q -> flow("query", q));
        for (int k = 0; k < index.lab().flows().size(); k++) {
            flow(at("flows", k), index.lab().flows().get(k));
        }
    }

    /**
     * A saved flow or a scenario's query starts at a component and ends at a component or a DNS
     * name (or address): anything without a dot is an id. These problems have no component, only
     * the top-level field path.
     */
    private void flow(String path, Flow f) {
        if (index.get(f.from()).isEmpty()) {
            findings.error(
                    ProblemCodes.DANGLING_REFERENCE,
                    null,
                    path + ".from",
                    "check.danglingReference",
                    path + ".from",
                    f.from());
        }
        if (f.to().indexOf('.') < 0 && f.to().indexOf(':') < 0 && index.get(f.to()).isEmpty()) {
            findings.error(
                    ProblemCodes.DANGLING_REFERENCE,
                    null,
                    path + ".to",
                    "check.danglingReference",
                    path + ".to",
                    f.to());
        }
    }

    private void check(Component c) {
        if (c instanceof Subnet s) {
            refs.ref(s, "vpc", s.vpc(), ComponentKind.VPC);
            refs.inVpc(s, "routeTable", s.vpc(), s.routeTable(), ComponentKind.ROUTE_TABLE);
            refs.inVpc(s, "nacl", s.vpc(), s.nacl(), ComponentKind.NACL);
        } else if (c instanceof RouteTable rt) {
            checkRouteTable(rt);
        } else if (c instanceof NetworkAcl n) {
            refs.ref(n, "vpc", n.vpc(), ComponentKind.VPC);
        } else if (c instanceof SecurityGroup sg) {
            refs.ref(sg, "vpc", sg.vpc(), ComponentKind.VPC);
            rules(sg, "inbound", "source", sg.inbound());
            rules(sg, "outbound", "destination", sg.outbound());
        } else if (c instanceof Instance i) {
            refs.ref(i, "subnet", i.subnet(), ComponentKind.SUBNET);
            Optional<String> vpc = index.vpcOf(i);
            for (int k = 0; k < i.securityGroups().size(); k++) {
                refs.inVpc(
                        i,
                        at("securityGroups", k),
                        vpc,
                        i.securityGroups().get(k),
                        ComponentKind.SECURITY_GROUP);
            }
        } else if (c instanceof InternetGateway g) {
            refs.ref(g, "vpc", g.vpc(), ComponentKind.VPC);
        } else if (c instanceof EgressOnlyInternetGateway g) {
            refs.ref(g, "vpc", g.vpc(), ComponentKind.VPC);
        } else if (c instanceof VirtualPrivateGateway g) {
            refs.ref(g, "vpc", g.vpc(), ComponentKind.VPC);
        } else if (c instanceof NatGateway n) {
            refs.ref(n, "subnet", n.subnet(), ComponentKind.SUBNET);
        } else if (c instanceof GatewayEndpoint e) {
            refs.ref(e, "vpc", e.vpc(), ComponentKind.VPC);
            for (int k = 0; k < e.routeTables().size(); k++) {
                refs.inVpc(
                        e,
                        at("routeTables", k),
                        e.vpc(),
                        e.routeTables().get(k),
                        ComponentKind.ROUTE_TABLE);
            }
            refs.ref(e, "prefixList", e.prefixList(), ComponentKind.MANAGED_PREFIX_LIST);
        } else if (c instanceof InterfaceEndpoint e) {
            checkInterfaceEndpoint(e);
        } else if (c instanceof EndpointService s) {
            refs.ref(s, "providerVpc", s.providerVpc(), ComponentKind.VPC);
            for (int k = 0; k < s.nlbs().size(); k++) {
                refs.inVpc(s, at("nlbs", k), s.providerVpc(), s.nlbs().get(k), ComponentKind.NLB);
            }
        } else if (c instanceof NetworkLoadBalancer n) {
            checkNlb(n);
        } else if (c instanceof VpcPeering p) {
            refs.ref(p, "requester", p.requester(), ComponentKind.VPC);
            refs.ref(p, "accepter", p.accepter(), ComponentKind.VPC);
        } else if (c instanceof TransitGateway t) {
            checkTransitGateway(t);
        } else if (c instanceof TransitGatewayAttachment a) {
            checkAttachment(a);
        } else if (c instanceof VpnConnection v) {
            refs.ref(
                    v,
                    "vpnGateway",
                    v.vpnGateway(),
                    ComponentKind.VIRTUAL_PRIVATE_GATEWAY,
                    ComponentKind.TRANSIT_GATEWAY);
            refs.ref(v, "onPremises", v.onPremises(), ComponentKind.ON_PREMISES);
        } else if (c instanceof OnPremisesNetwork n) {
            for (int k = 0; k < n.routes().size(); k++) {
                // The on-premises router sends traffic into VPN connections (or other links a
                // lab may model later), so only existence is checked.
                refs.exists(n, at("routes", k) + ".target", n.routes().get(k).target());
            }
        } else if (c instanceof OnPremisesHost h) {
            refs.ref(h, "network", h.network(), ComponentKind.ON_PREMISES);
        } else if (c instanceof AwsService s) {
            s.prefixList()
                    .ifPresent(
                            pl -> refs.ref(s, "prefixList", pl, ComponentKind.MANAGED_PREFIX_LIST));
        }
    }

    private void checkRouteTable(RouteTable rt) {
        refs.ref(rt, "vpc", rt.vpc(), ComponentKind.VPC);
        for (int k = 0; k < rt.routes().size(); k++) {
            Route r = rt.routes().get(k);
            String field = at("routes", k);
            if (r.destination() instanceof AddressSet.PrefixList pl) {
                refs.ref(rt, field + ".destination", pl.id(), ComponentKind.MANAGED_PREFIX_LIST);
            }
            if (!r.isLocal()) {
                refs.ref(rt, field + ".target", r.target(), ROUTE_TARGETS);
            }
        }
        for (int k = 0; k < rt.propagatingVgws().size(); k++) {
            refs.inVpc(
                    rt,
                    at("propagatingVgws", k),
                    rt.vpc(),
                    rt.propagatingVgws().get(k),
                    ComponentKind.VIRTUAL_PRIVATE_GATEWAY);
        }
    }

    private void rules(
            SecurityGroup sg, String direction, String peer, List<SecurityGroupRule> rules) {
        for (int k = 0; k < rules.size(); k++) {
            String field = at(direction, k) + "." + peer;
            AddressSet set = rules.get(k).peer();
            if (set instanceof AddressSet.PrefixList pl) {
                refs.ref(sg, field, pl.id(), ComponentKind.MANAGED_PREFIX_LIST);
            } else if (set instanceof AddressSet.SecurityGroupRef ref) {
                // A group of another VPC is allowed across a peering (R-PEER-1): SecurityGroupCheck
                // decides that, so only existence and kind are checked here.
                refs.ref(sg, field, ref.id(), ComponentKind.SECURITY_GROUP);
            }
        }
    }

    private void checkInterfaceEndpoint(InterfaceEndpoint e) {
        refs.ref(e, "vpc", e.vpc(), ComponentKind.VPC);
        for (int k = 0; k < e.subnets().size(); k++) {
            refs.inVpc(e, at("subnets", k), e.vpc(), e.subnets().get(k), ComponentKind.SUBNET);
        }
        for (int k = 0; k < e.enis().size(); k++) {
            EndpointEni eni = e.enis().get(k);
            refs.inVpc(e, at("enis", k) + ".subnet", e.vpc(), eni.subnet(), ComponentKind.SUBNET);
        }
        for (int k = 0; k < e.securityGroups().size(); k++) {
            refs.inVpc(
                    e,
                    at("securityGroups", k),
                    e.vpc(),
                    e.securityGroups().get(k),
                    ComponentKind.SECURITY_GROUP);
        }
        // An AWS service is named (s3, com.amazonaws...); an endpoint service is referenced by id.
        if (e.service().startsWith("vpce-svc-")
                || index.get(e.service()).filter(EndpointService.class::isInstance).isPresent()) {
            refs.ref(e, "service", e.service(), ComponentKind.ENDPOINT_SERVICE);
        }
    }

    private void checkNlb(NetworkLoadBalancer n) {
        refs.ref(n, "vpc", n.vpc(), ComponentKind.VPC);
        for (int k = 0; k < n.subnets().size(); k++) {
            refs.inVpc(n, at("subnets", k), n.vpc(), n.subnets().get(k), ComponentKind.SUBNET);
        }
        for (int k = 0; k < n.nodes().size(); k++) {
            refs.inVpc(
                    n,
                    at("nodes", k) + ".subnet",
                    n.vpc(),
                    n.nodes().get(k).subnet(),
                    ComponentKind.SUBNET);
        }
        for (int k = 0; k < n.securityGroups().size(); k++) {
            refs.inVpc(
                    n,
                    at("securityGroups", k),
                    n.vpc(),
                    n.securityGroups().get(k),
                    ComponentKind.SECURITY_GROUP);
        }
        Set<String> groups =
                n.targetGroups().stream()
                        .map(NetworkLoadBalancer.TargetGroup::id)
                        .collect(Collectors.toSet());
        for (int k = 0; k < n.listeners().size(); k++) {
            String tg = n.listeners().get(k).targetGroup();
            if (!groups.contains(tg)) {
                findings.error(
                        ProblemCodes.DANGLING_REFERENCE,
                        n.id(),
                        at("listeners", k) + ".targetGroup",
                        "check.danglingTargetGroup",
                        tg,
                        n.id());
            }
        }
        for (int g = 0; g < n.targetGroups().size(); g++) {
            List<NetworkLoadBalancer.Target> targets = n.targetGroups().get(g).targets();
            for (int k = 0; k < targets.size(); k++) {
                String id = targets.get(k).id();
                // Targets of type ip are addresses, not component ids.
                if (IpAddress.tryParse(id).isEmpty()) {
                    refs.ref(
                            n,
                            at("targetGroups", g) + "." + at("targets", k) + ".id",
                            id,
                            ComponentKind.INSTANCE);
                }
            }
        }
    }

    private void checkTransitGateway(TransitGateway t) {
        for (int r = 0; r < t.routeTables().size(); r++) {
            TransitGateway.RouteTableEntry table = t.routeTables().get(r);
            String prefix = at("routeTables", r);
            for (int k = 0; k < table.associations().size(); k++) {
                refs.ref(
                        t,
                        prefix + "." + at("associations", k),
                        table.associations().get(k),
                        ComponentKind.TRANSIT_GATEWAY_ATTACHMENT,
                        ComponentKind.VPN_CONNECTION);
            }
            for (int k = 0; k < table.routes().size(); k++) {
                Route route = table.routes().get(k);
                String field = prefix + "." + at("routes", k);
                if (route.destination() instanceof AddressSet.PrefixList pl) {
                    refs.ref(t, field + ".destination", pl.id(), ComponentKind.MANAGED_PREFIX_LIST);
                }
                if (!BLACKHOLE.equals(route.target())) {
                    refs.ref(
                            t,
                            field + ".target",
                            route.target(),
                            ComponentKind.TRANSIT_GATEWAY_ATTACHMENT,
                            ComponentKind.VPN_CONNECTION);
                }
            }
        }
    }

    private void checkAttachment(TransitGatewayAttachment a) {
        boolean tgwOk =
                refs.ref(a, "transitGateway", a.transitGateway(), ComponentKind.TRANSIT_GATEWAY);
        refs.ref(a, "vpc", a.vpc(), ComponentKind.VPC);
        for (int k = 0; k < a.subnets().size(); k++) {
            refs.inVpc(a, at("subnets", k), a.vpc(), a.subnets().get(k), ComponentKind.SUBNET);
        }
        // An attachment need not be associated with a route table; when it is, the table is one
        // of its own transit gateway's tables.
        if (tgwOk && !a.routeTable().isEmpty()) {
            TransitGateway tgw = index.get(a.transitGateway(), TransitGateway.class).orElseThrow();
            boolean found = tgw.routeTables().stream().anyMatch(t -> t.id().equals(a.routeTable()));
            if (!found) {
                findings.error(
                        ProblemCodes.DANGLING_REFERENCE,
                        a.id(),
                        "routeTable",
                        "check.danglingTgwRouteTable",
                        a.routeTable(),
                        tgw.id());
            }
        }
    }

    static String at(String list, int i) {
        return list + "[" + i + "]";
    }
}
