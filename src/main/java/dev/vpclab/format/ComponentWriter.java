package dev.vpclab.format;

import dev.vpclab.model.AwsService;
import dev.vpclab.model.Component;
import dev.vpclab.model.DirectConnectGateway;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.EndpointEni;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.GatewayLoadBalancer;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InstanceConnectEndpoint;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.ManagedPrefixList;
import dev.vpclab.model.NaclRule;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.OnPremisesResolver;
import dev.vpclab.model.PrivateHostedZone;
import dev.vpclab.model.ResolverEndpoint;
import dev.vpclab.model.ResolverRule;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.SecurityGroupRule;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.TransitGatewayPeering;
import dev.vpclab.model.VirtualInterface;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.model.Vpc;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.model.VpnConnection;
import dev.vpclab.net.IpVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a component into the ordered map it is written as: {@code kind}, {@code id}, then its
 * fields in the order of the lab format's {@code componentKinds}. Optional fields are left out when
 * empty or at their default, where reading them back gives the same value.
 */
final class ComponentWriter {
    private ComponentWriter() {}

    static Map<String, Object> write(Component c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind().fileName());
        m.put("id", c.id());
        switch (c.kind()) {
            case REGION -> {}
            case VPC -> vpc((Vpc) c, m);
            case SUBNET -> subnet((Subnet) c, m);
            case ROUTE_TABLE -> routeTable((RouteTable) c, m);
            case NACL -> nacl((NetworkAcl) c, m);
            case SECURITY_GROUP -> securityGroup((SecurityGroup) c, m);
            case INSTANCE -> instance((Instance) c, m);
            case INTERNET_GATEWAY -> m.put("vpc", ((InternetGateway) c).vpc());
            case EGRESS_ONLY_INTERNET_GATEWAY ->
                    m.put("vpc", ((EgressOnlyInternetGateway) c).vpc());
            case VIRTUAL_PRIVATE_GATEWAY -> m.put("vpc", ((VirtualPrivateGateway) c).vpc());
            case NAT_GATEWAY -> natGateway((NatGateway) c, m);
            case MANAGED_PREFIX_LIST -> prefixList((ManagedPrefixList) c, m);
            case GATEWAY_ENDPOINT -> gatewayEndpoint((GatewayEndpoint) c, m);
            case INTERFACE_ENDPOINT -> interfaceEndpoint((InterfaceEndpoint) c, m);
            case ENDPOINT_SERVICE -> endpointService((EndpointService) c, m);
            case NLB -> nlb((NetworkLoadBalancer) c, m);
            case GATEWAY_LOAD_BALANCER -> gatewayLoadBalancer((GatewayLoadBalancer) c, m);
            case GATEWAY_LOAD_BALANCER_ENDPOINT ->
                    gatewayLoadBalancerEndpoint((GatewayLoadBalancerEndpoint) c, m);
            case VPC_PEERING -> vpcPeering((VpcPeering) c, m);
            case TRANSIT_GATEWAY -> transitGateway((TransitGateway) c, m);
            case TRANSIT_GATEWAY_ATTACHMENT -> attachment((TransitGatewayAttachment) c, m);
            case VPN_CONNECTION -> vpn((VpnConnection) c, m);
            case ON_PREMISES -> onPremises((OnPremisesNetwork) c, m);
            case ON_PREMISES_HOST -> onPremisesHost((OnPremisesHost) c, m);
            case INTERNET_HOST -> internetHost((InternetHost) c, m);
            case AWS_SERVICE -> awsService((AwsService) c, m);
            case RESOLVER_ENDPOINT -> DnsWriters.resolverEndpoint((ResolverEndpoint) c, m);
            case RESOLVER_RULE -> DnsWriters.resolverRule((ResolverRule) c, m);
            case PRIVATE_HOSTED_ZONE -> DnsWriters.privateHostedZone((PrivateHostedZone) c, m);
            case ON_PREMISES_RESOLVER -> DnsWriters.onPremisesResolver((OnPremisesResolver) c, m);
            case DIRECT_CONNECT_GATEWAY ->
                    m.put("associations", ((DirectConnectGateway) c).associations());
            case VIRTUAL_INTERFACE -> virtualInterface((VirtualInterface) c, m);
            case TRANSIT_GATEWAY_PEERING -> {
                TransitGatewayPeering p = (TransitGatewayPeering) c;
                m.put("requester", p.requester());
                m.put("accepter", p.accepter());
                m.put("status", p.status());
            }
            case INSTANCE_CONNECT_ENDPOINT -> {
                InstanceConnectEndpoint e = (InstanceConnectEndpoint) c;
                m.put("subnet", e.subnet());
                m.put("privateIp", e.privateIp().toString());
                m.put("securityGroups", e.securityGroups());
                m.put("preserveClientIp", e.preserveClientIp());
            }
        }
        return m;
    }

    private static void vpc(Vpc v, Map<String, Object> m) {
        m.put("region", v.region());
        v.account().ifPresent(a -> m.put("account", a));
        m.put("cidr", v.cidr().toString());
        v.ipv6Cidr().ifPresent(c -> m.put("ipv6Cidr", c.toString()));
        m.put("enableDnsSupport", v.enableDnsSupport());
        m.put("enableDnsHostnames", v.enableDnsHostnames());
    }

    private static void subnet(Subnet s, Map<String, Object> m) {
        m.put("vpc", s.vpc());
        m.put("cidr", s.cidr().toString());
        s.ipv6Cidr().ifPresent(c -> m.put("ipv6Cidr", c.toString()));
        m.put("az", s.az());
        m.put("azId", s.azId());
        m.put("routeTable", s.routeTable());
        m.put("nacl", s.nacl());
    }

    private static void routeTable(RouteTable t, Map<String, Object> m) {
        m.put("vpc", t.vpc());
        m.put("routes", each(t.routes(), ComponentWriter::route));
        putIfAny(m, "propagatingVgws", t.propagatingVgws());
        putIfAny(m, "gatewayAssociations", t.gatewayAssociations());
    }

    static Map<String, Object> route(Route r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("destination", r.destination().toString());
        m.put("target", r.target());
        if (r.origin() == RouteOrigin.PROPAGATED) {
            m.put("origin", "propagated");
        }
        return m;
    }

    private static void nacl(NetworkAcl n, Map<String, Object> m) {
        m.put("vpc", n.vpc());
        if (n.isDefault()) {
            m.put("default", true);
        }
        m.put("inbound", each(n.inbound(), ComponentWriter::naclRule));
        m.put("outbound", each(n.outbound(), ComponentWriter::naclRule));
    }

    private static Map<String, Object> naclRule(NaclRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", r.number());
        m.put("action", r.action().toString());
        m.put("protocol", r.protocol().toString());
        m.put("ports", r.ports().toString());
        m.put("cidr", r.cidr().toString());
        return m;
    }

    private static void securityGroup(SecurityGroup g, Map<String, Object> m) {
        m.put("vpc", g.vpc());
        if (g.isDefault()) {
            m.put("default", true);
        }
        m.put("inbound", each(g.inbound(), r -> sgRule(r, "source")));
        m.put("outbound", each(g.outbound(), r -> sgRule(r, "destination")));
    }

    private static Map<String, Object> sgRule(SecurityGroupRule r, String peerKey) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("protocol", r.protocol().toString());
        m.put("ports", r.ports().toString());
        m.put(peerKey, r.peer().toString());
        r.note().ifPresent(n -> m.put("note", n));
        return m;
    }

    private static void instance(Instance i, Map<String, Object> m) {
        m.put("subnet", i.subnet());
        m.put("privateIp", i.privateIp().toString());
        i.publicIp().ifPresent(a -> m.put("publicIp", a.toString()));
        i.ipv6().ifPresent(a -> m.put("ipv6", a.toString()));
        m.put("securityGroups", i.securityGroups());
        i.iamRole().ifPresent(r -> m.put("iamRole", r));
    }

    private static void natGateway(NatGateway n, Map<String, Object> m) {
        m.put("subnet", n.subnet());
        m.put("connectivity", n.connectivity().toString());
        m.put("privateIp", n.privateIp().toString());
        n.elasticIp().ifPresent(a -> m.put("elasticIp", a.toString()));
    }

    private static void prefixList(ManagedPrefixList p, Map<String, Object> m) {
        m.put("name", p.name());
        m.put("region", p.region());
        m.put("addressFamily", p.addressFamily() == IpVersion.V4 ? "IPv4" : "IPv6");
        m.put("cidrs", each(p.cidrs(), Object::toString));
    }

    private static void gatewayEndpoint(GatewayEndpoint e, Map<String, Object> m) {
        m.put("vpc", e.vpc());
        m.put("service", e.service());
        m.put("region", e.region());
        m.put("serviceName", e.serviceName());
        m.put("routeTables", e.routeTables());
        m.put("prefixList", e.prefixList());
        m.put("policy", PolicyWriter.write(e.policy()));
        if (!e.ipAddressType().equals("ipv4")) {
            m.put("ipAddressType", e.ipAddressType());
        }
        if (!e.dnsRecordIpType().equals("service-defined")) {
            m.put("dnsRecordIpType", e.dnsRecordIpType());
        }
    }

    private static void interfaceEndpoint(InterfaceEndpoint e, Map<String, Object> m) {
        m.put("vpc", e.vpc());
        m.put("service", e.service());
        m.put("serviceName", e.serviceName());
        m.put("subnets", e.subnets());
        m.put("enis", each(e.enis(), ComponentWriter::eni));
        m.put("securityGroups", e.securityGroups());
        m.put("privateDns", e.privateDns());
        if (e.privateDnsOnlyForInboundResolverEndpoint()) {
            m.put("privateDnsOnlyForInboundResolverEndpoint", true);
        }
        m.put("state", e.state());
        if (e.regionalDnsName().isPresent() || !e.zonalDnsNames().isEmpty()) {
            Map<String, Object> names = new LinkedHashMap<>();
            e.regionalDnsName().ifPresent(r -> names.put("regional", r));
            putIfAny(names, "zonal", e.zonalDnsNames());
            m.put("dnsNames", names);
        }
        putIfAny(m, "privateDnsNames", e.privateDnsNames());
        m.put("policy", PolicyWriter.write(e.policy()));
    }

    private static Map<String, Object> eni(EndpointEni e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("subnet", e.subnet());
        m.put("az", e.az());
        m.put("azId", e.azId());
        m.put("ip", e.ip().toString());
        return m;
    }

    private static void endpointService(EndpointService s, Map<String, Object> m) {
        m.put("serviceName", s.serviceName());
        m.put("providerVpc", s.providerVpc());
        m.put("nlbs", s.nlbs());
        m.put("acceptanceRequired", s.acceptanceRequired());
        m.put("allowedPrincipals", s.allowedPrincipals());
        m.put("availabilityZoneIds", s.availabilityZoneIds());
        if (!s.supportedRegions().isEmpty()) {
            m.put("supportedRegions", s.supportedRegions());
        }
        putIfAny(m, "gatewayLoadBalancers", s.gatewayLoadBalancers());
    }

    private static void gatewayLoadBalancer(GatewayLoadBalancer g, Map<String, Object> m) {
        m.put("vpc", g.vpc());
        m.put(
                "nodes",
                each(
                        g.nodes(),
                        node ->
                                ordered(
                                        "subnet", node.subnet(),
                                        "azId", node.azId(),
                                        "ip", node.ip().toString())));
        m.put("crossZone", g.crossZone());
        m.put("targets", each(g.targets(), t -> ordered("id", t.id(), "health", t.health())));
    }

    private static void gatewayLoadBalancerEndpoint(
            GatewayLoadBalancerEndpoint e, Map<String, Object> m) {
        m.put("vpc", e.vpc());
        m.put("subnet", e.subnet());
        m.put("service", e.service());
        m.put("serviceName", e.serviceName());
        m.put("state", e.state());
        m.put("ip", e.ip().toString());
    }

    private static void nlb(NetworkLoadBalancer n, Map<String, Object> m) {
        m.put("vpc", n.vpc());
        m.put("scheme", n.scheme());
        m.put("subnets", n.subnets());
        m.put(
                "nodes",
                each(
                        n.nodes(),
                        node ->
                                ordered(
                                        "subnet", node.subnet(),
                                        "azId", node.azId(),
                                        "ip", node.ip().toString())));
        m.put("crossZone", n.crossZone());
        m.put("securityGroups", n.securityGroups());
        m.put(
                "listeners",
                each(
                        n.listeners(),
                        l ->
                                ordered(
                                        "protocol", l.protocol().toString(),
                                        "port", l.port(),
                                        "targetGroup", l.targetGroup())));
        m.put(
                "targetGroups",
                each(
                        n.targetGroups(),
                        g -> {
                            Map<String, Object> tg =
                                    ordered(
                                            "id", g.id(),
                                            "protocol", g.protocol().toString(),
                                            "port", g.port());
                            g.targetType().ifPresent(t -> tg.put("targetType", t));
                            g.preserveClientIp().ifPresent(p -> tg.put("preserveClientIp", p));
                            tg.put(
                                    "targets",
                                    each(
                                            g.targets(),
                                            t -> ordered("id", t.id(), "port", t.port())));
                            return tg;
                        }));
    }

    private static void vpcPeering(VpcPeering p, Map<String, Object> m) {
        m.put("requester", p.requester());
        m.put("accepter", p.accepter());
        m.put("status", p.status());
        if (p.interRegion()) {
            m.put("interRegion", true);
        }
    }

    private static void transitGateway(TransitGateway t, Map<String, Object> m) {
        m.put("region", t.region());
        m.put(
                "routeTables",
                each(
                        t.routeTables(),
                        rt -> {
                            Map<String, Object> e = new LinkedHashMap<>();
                            e.put("id", rt.id());
                            e.put("associations", rt.associations());
                            e.put("routes", each(rt.routes(), ComponentWriter::route));
                            return e;
                        }));
    }

    private static void attachment(TransitGatewayAttachment a, Map<String, Object> m) {
        m.put("transitGateway", a.transitGateway());
        m.put("vpc", a.vpc());
        m.put("subnets", a.subnets());
        m.put("routeTable", a.routeTable());
    }

    private static void vpn(VpnConnection v, Map<String, Object> m) {
        m.put("vpnGateway", v.vpnGateway());
        m.put("onPremises", v.onPremises());
        m.put("customerGatewayIp", v.customerGatewayIp().toString());
        m.put("routing", v.routing());
        m.put("staticRoutes", each(v.staticRoutes(), Object::toString));
    }

    private static void virtualInterface(VirtualInterface v, Map<String, Object> m) {
        m.put("type", v.type());
        m.put("onPremises", v.onPremises());
        v.gateway().ifPresent(g -> m.put("gateway", g));
        m.put("vlan", v.vlan());
        v.customerAddress().ifPresent(a -> m.put("customerAddress", a.toString()));
    }

    private static void onPremises(OnPremisesNetwork o, Map<String, Object> m) {
        m.put("cidr", o.cidr().toString());
        m.put("routes", each(o.routes(), ComponentWriter::route));
        m.put("dnsResolver", o.dnsResolver());
    }

    private static void onPremisesHost(OnPremisesHost h, Map<String, Object> m) {
        m.put("network", h.network());
        m.put("ip", h.ip().toString());
    }

    private static void internetHost(InternetHost h, Map<String, Object> m) {
        m.put("ip", h.ip().toString());
        h.ipv6().ifPresent(a -> m.put("ipv6", a.toString()));
    }

    private static void awsService(AwsService s, Map<String, Object> m) {
        m.put("service", s.service());
        m.put("region", s.region());
        m.put("serviceName", s.serviceName());
        s.prefixList().ifPresent(p -> m.put("prefixList", p));
        m.put(
                "publicDnsRecords",
                each(
                        s.publicDnsRecords(),
                        r -> {
                            Map<String, Object> e = new LinkedHashMap<>();
                            e.put("name", r.name());
                            e.put("a", each(r.a(), Object::toString));
                            putIfAny(e, "aaaa", each(r.aaaa(), Object::toString));
                            return e;
                        }));
        // DynamoDB holds tables; every other service is written with buckets
        String key = s.service().equalsIgnoreCase("dynamodb") ? "tables" : "buckets";
        if (!s.resources().isEmpty()) {
            m.put(
                    key,
                    each(
                            s.resources(),
                            r -> {
                                Map<String, Object> e = new LinkedHashMap<>();
                                e.put("name", r.name());
                                e.put("region", r.region());
                                r.policy().ifPresent(p -> e.put("policy", PolicyWriter.write(p)));
                                return e;
                            }));
        }
    }

    // ---- helpers ----

    static <T> List<Object> each(List<T> items, Function<T, Object> write) {
        List<Object> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(write.apply(item));
        }
        return out;
    }

    static void putIfAny(Map<String, Object> m, String key, List<?> values) {
        if (!values.isEmpty()) {
            m.put(key, values);
        }
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
