package dev.vpclab.check;

import dev.vpclab.model.AddressSet;
import dev.vpclab.model.Component;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.ManagedPrefixList;
import dev.vpclab.model.MoreSpecificThanLocal;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.Vpc;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks VPC route tables: targets in the table's own VPC, the local routes (R-RT-4), routes more
 * specific than the local route (R-RT-4), the routes AWS adds for gateway endpoints (R-GW-2,
 * R-GW-4), IPv4 routes to an egress-only internet gateway (R-EIGW-1), prefix lists of another
 * Region (R-PL-3) and two static routes to one destination.
 */
final class RouteCheck {
    private final LabIndex index;
    private final Findings findings;

    /** "routeTable\nendpoint" for each gateway endpoint route found in a table. */
    private final Set<String> endpointRoutes = new HashSet<>();

    private final Map<String, Set<Cidr>> subnetBlocks = new HashMap<>();

    RouteCheck(LabIndex index, Findings findings) {
        this.index = index;
        this.findings = findings;
    }

    void run() {
        List<RouteTable> tables = new ArrayList<>();
        for (Component c : index.lab().components()) {
            if (c instanceof RouteTable rt) {
                tables.add(rt);
                checkTable(rt);
            }
        }
        Set<String> listed = new HashSet<>();
        for (Component c : index.lab().components()) {
            if (c instanceof GatewayEndpoint e) {
                for (int k = 0; k < e.routeTables().size(); k++) {
                    String rt = e.routeTables().get(k);
                    listed.add(rt + '\n' + e.id());
                    if (index.get(rt, RouteTable.class).isPresent()
                            && !endpointRoutes.contains(rt + '\n' + e.id())) {
                        findings.warning(
                                ProblemCodes.GATEWAY_ENDPOINT_ROUTE_MISSING,
                                e.id(),
                                ReferenceCheck.at("routeTables", k),
                                "check.gatewayEndpointRouteMissing",
                                rt,
                                e.prefixList(),
                                e.id());
                    }
                }
            }
        }
        for (RouteTable rt : tables) {
            for (int k = 0; k < rt.routes().size(); k++) {
                Route r = rt.routes().get(k);
                if (index.get(r.target(), GatewayEndpoint.class).isPresent()
                        && !listed.contains(rt.id() + '\n' + r.target())) {
                    findings.warning(
                            ProblemCodes.GATEWAY_ENDPOINT_ROUTE_MISSING,
                            rt.id(),
                            ReferenceCheck.at("routes", k) + ".target",
                            "check.gatewayEndpointNotListing",
                            r.target(),
                            rt.id());
                }
            }
        }
    }

    private void checkTable(RouteTable rt) {
        Optional<Vpc> vpc = index.vpc(rt.vpc());
        Set<String> destinations = new HashSet<>();
        Map<String, String> endpointByService = new HashMap<>();
        for (int k = 0; k < rt.routes().size(); k++) {
            Route r = rt.routes().get(k);
            String field = ReferenceCheck.at("routes", k);
            if (r.origin() == RouteOrigin.STATIC && !destinations.add(r.destination().toString())) {
                findings.error(
                        ProblemCodes.DUPLICATE_ROUTE,
                        rt.id(),
                        field + ".destination",
                        "check.duplicateRoute",
                        r.destination());
            }
            if (r.destination() instanceof AddressSet.PrefixList pl) {
                prefixListRegion(rt, field + ".destination", pl.id(), rt.vpc());
            }
            if (r.isLocal()) {
                continue;
            }
            Optional<Component> target = index.get(r.target());
            if (target.isEmpty()) {
                continue; // reported as a dangling reference
            }
            targetVpc(rt, field + ".target", target.get());
            if (target.get() instanceof GatewayEndpoint e) {
                gatewayEndpointRoute(rt, field, r, e, endpointByService);
            }
            if (target.get() instanceof EgressOnlyInternetGateway && isIpv4(r.destination())) {
                findings.error(
                        ProblemCodes.EIGW_IPV4_ROUTE,
                        rt.id(),
                        field + ".destination",
                        "check.eigwIpv4Route",
                        r.destination(),
                        r.target());
            }
            vpc.ifPresent(v -> moreSpecificThanLocal(rt, field, r, target.get(), v));
        }
        vpc.ifPresent(v -> localRoutes(rt, v));
    }

    /** R-RT-4: one local route per VPC CIDR, IPv4 and IPv6. */
    private void localRoutes(RouteTable rt, Vpc vpc) {
        List<Cidr> blocks = new ArrayList<>();
        blocks.add(vpc.cidr());
        vpc.ipv6Cidr().ifPresent(blocks::add);
        for (Cidr block : blocks) {
            boolean found =
                    rt.routes().stream()
                            .anyMatch(
                                    r ->
                                            r.isLocal()
                                                    && r.destination() instanceof AddressSet.Block b
                                                    && b.cidr().equals(block));
            if (!found) {
                findings.warning(
                        ProblemCodes.LOCAL_ROUTE_MISSING,
                        rt.id(),
                        "routes",
                        "check.localRouteMissing",
                        block,
                        vpc.id());
            }
        }
    }

    /**
     * R-RT-4: a route inside the VPC CIDR is allowed only when it covers a whole subnet and points
     * at a NAT gateway or a network interface (an instance here; Gateway Load Balancer endpoints
     * are not modelled).
     */
    private void moreSpecificThanLocal(
            RouteTable rt, String field, Route r, Component target, Vpc vpc) {
        if (!(r.destination() instanceof AddressSet.Block b)) {
            return;
        }
        Cidr dest = b.cidr();
        Optional<Cidr> vpcBlock =
                dest.version() == IpVersion.V4 ? Optional.of(vpc.cidr()) : vpc.ipv6Cidr();
        if (vpcBlock.isEmpty() || !vpcBlock.get().contains(dest) || vpcBlock.get().equals(dest)) {
            return;
        }
        if (r.origin() == RouteOrigin.PROPAGATED) {
            // R-RT-4, R-VPN-1: AWS keeps the route but the local route is preferred over it.
            findings.warning(
                    ProblemCodes.PROPAGATED_OVERLAPS_LOCAL,
                    rt.id(),
                    field + ".destination",
                    "check.propagatedOverlapsLocal",
                    dest,
                    vpcBlock.get(),
                    r.target());
            return;
        }
        boolean wholeSubnet = subnetBlocks(vpc.id()).contains(dest);
        boolean allowedTarget = MoreSpecificThanLocal.allowsTarget(target.kind());
        if (!wholeSubnet || !allowedTarget) {
            findings.error(
                    ProblemCodes.MORE_SPECIFIC_THAN_LOCAL,
                    rt.id(),
                    field + (wholeSubnet ? ".target" : ".destination"),
                    wholeSubnet ? "check.moreSpecificTarget" : "check.moreSpecificNotSubnet",
                    dest,
                    vpcBlock.get(),
                    r.target());
        }
    }

    private Set<Cidr> subnetBlocks(String vpc) {
        return subnetBlocks.computeIfAbsent(
                vpc,
                v -> {
                    Set<Cidr> blocks = new HashSet<>();
                    for (Subnet s : index.subnetsOf(v)) {
                        blocks.add(s.cidr());
                        s.ipv6Cidr().ifPresent(blocks::add);
                    }
                    return blocks;
                });
    }

    /** The target must belong to the table's VPC (or, for peering and TGW, connect to it). */
    private void targetVpc(RouteTable rt, String field, Component target) {
        if (target instanceof VpcPeering p) {
            if (!p.requester().equals(rt.vpc()) && !p.accepter().equals(rt.vpc())) {
                findings.error(
                        ProblemCodes.ROUTE_TARGET_IN_OTHER_VPC,
                        rt.id(),
                        field,
                        "check.peeringNotOfVpc",
                        p.id(),
                        rt.vpc());
            }
        } else if (target instanceof TransitGateway t) {
            if (!index.tgwAttachedTo(t.id(), rt.vpc())) {
                findings.error(
                        ProblemCodes.ROUTE_TARGET_IN_OTHER_VPC,
                        rt.id(),
                        field,
                        "check.tgwNotAttached",
                        t.id(),
                        rt.vpc());
            }
        } else {
            index.vpcOf(target)
                    .filter(v -> !v.equals(rt.vpc()))
                    .ifPresent(
                            v ->
                                    findings.error(
                                            ProblemCodes.ROUTE_TARGET_IN_OTHER_VPC,
                                            rt.id(),
                                            field,
                                            "check.routeTargetInOtherVpc",
                                            target.id(),
                                            v,
                                            rt.vpc()));
        }
    }

    /**
     * R-GW-2 and R-GW-4: the endpoint route is {@code <prefix list> -> <endpoint>}, one per
     * service.
     */
    private void gatewayEndpointRoute(
            RouteTable rt,
            String field,
            Route r,
            GatewayEndpoint e,
            Map<String, String> endpointByService) {
        if (!(r.destination() instanceof AddressSet.PrefixList pl)
                || !pl.id().equals(e.prefixList())) {
            findings.error(
                    ProblemCodes.GATEWAY_ENDPOINT_ROUTE_DESTINATION,
                    rt.id(),
                    field + ".destination",
                    "check.gatewayEndpointRouteDestination",
                    r.destination(),
                    e.id(),
                    e.prefixList());
            return;
        }
        endpointRoutes.add(rt.id() + '\n' + e.id());
        String service = e.service() + '\n' + e.region();
        String first = endpointByService.putIfAbsent(service, e.id());
        if (first != null && !first.equals(e.id())) {
            findings.error(
                    ProblemCodes.DUPLICATE_SERVICE_ENDPOINT_ROUTE,
                    rt.id(),
                    field + ".target",
                    "check.duplicateServiceEndpointRoute",
                    e.id(),
                    first,
                    e.service());
        }
    }

    private boolean isIpv4(AddressSet destination) {
        if (destination instanceof AddressSet.Block b) {
            return b.cidr().version() == IpVersion.V4;
        }
        if (destination instanceof AddressSet.PrefixList pl) {
            return index.get(pl.id(), ManagedPrefixList.class)
                    .map(l -> l.addressFamily() == IpVersion.V4)
                    .orElse(false);
        }
        return false;
    }

    /** R-PL-3: a prefix list applies only in its own Region. */
    void prefixListRegion(Component owner, String field, String prefixList, String vpc) {
        Optional<ManagedPrefixList> list = index.get(prefixList, ManagedPrefixList.class);
        Optional<String> region = index.regionOf(vpc);
        if (list.isPresent() && region.isPresent() && !list.get().region().equals(region.get())) {
            findings.error(
                    ProblemCodes.PREFIX_LIST_REGION_MISMATCH,
                    owner.id(),
                    field,
                    "check.prefixListRegionMismatch",
                    prefixList,
                    list.get().region(),
                    vpc,
                    region.get());
        }
    }
}
