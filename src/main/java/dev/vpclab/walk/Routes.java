package dev.vpclab.walk;

import dev.vpclab.edit.Connections;
import dev.vpclab.edit.LabEdit;
import dev.vpclab.edit.RuleEdits;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.AddressSet;
import dev.vpclab.model.AwsService;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.Lab;
import dev.vpclab.model.ManagedPrefixList;
import dev.vpclab.model.NatConnectivity;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import dev.vpclab.routing.BlockedAt;
import dev.vpclab.routing.Trace;
import java.util.Optional;

/**
 * Fixes of a missing route, with what the lab already has: the gateway endpoint of the service
 * (associating it, or restoring its route), a public NAT gateway, the internet gateway (for a
 * source with a public address), or an active peering connection to the destination's VPC.
 */
final class Routes {
    private Routes() {}

    static Optional<LabEdit> fix(Lab lab, Trace trace, BlockedAt b) {
        Optional<RouteTable> table = lab.component(b.component(), RouteTable.class);
        Optional<IpAddress> dst = FixSuggester.unroutedAddress(trace, b);
        if (table.isEmpty() || dst.isEmpty()) {
            return Optional.empty();
        }
        RouteTable rt = table.get();
        IpAddress to = dst.get();
        Optional<LabEdit> endpoint = serviceOf(lab, to).flatMap(s -> gatewayEndpoint(lab, rt, s));
        if (endpoint.isPresent()) {
            return endpoint;
        }
        if (!to.isPrivate()) {
            return nat(lab, rt).or(() -> internetGateway(lab, rt, trace));
        }
        return peering(lab, rt, to);
    }

    private static Optional<AwsService> serviceOf(Lab lab, IpAddress address) {
        return lab.all(AwsService.class)
                .filter(
                        s ->
                                s.prefixList()
                                                .flatMap(
                                                        p ->
                                                                lab.component(
                                                                        p, ManagedPrefixList.class))
                                                .map(
                                                        p ->
                                                                p.cidrs().stream()
                                                                        .anyMatch(
                                                                                c ->
                                                                                        c.contains(
                                                                                                address)))
                                                .orElse(false)
                                        || s.publicDnsRecords().stream()
                                                .anyMatch(r -> r.a().contains(address)))
                .findFirst();
    }

    private static Optional<LabEdit> gatewayEndpoint(Lab lab, RouteTable rt, AwsService service) {
        Optional<GatewayEndpoint> gwe =
                lab.all(GatewayEndpoint.class)
                        .filter(g -> g.vpc().equals(rt.vpc()))
                        .filter(g -> g.service().equalsIgnoreCase(service.service()))
                        .filter(g -> g.region().equals(service.region()))
                        .findFirst();
        if (gwe.isEmpty()) {
            return Optional.empty();
        }
        GatewayEndpoint g = gwe.get();
        if (!g.routeTables().contains(rt.id())) {
            return FixSuggester.relabel(
                    Connections.connect(lab, g.id(), rt.id()),
                    Message.of("walk.fix.associate", g.id(), rt.id()));
        }
        // Associated, but its route was deleted by hand: put it back.
        return add(lab, rt, g.prefixList(), g.id());
    }

    private static Optional<LabEdit> nat(Lab lab, RouteTable rt) {
        if (hasDefaultRoute(rt)) {
            return Optional.empty();
        }
        return lab.all(NatGateway.class)
                .filter(n -> n.connectivity() == NatConnectivity.PUBLIC)
                .filter(
                        n ->
                                lab.component(n.subnet(), Subnet.class)
                                        .map(
                                                s ->
                                                        s.vpc().equals(rt.vpc())
                                                                && !s.routeTable().equals(rt.id()))
                                        .orElse(false))
                .findFirst()
                .flatMap(n -> add(lab, rt, "0.0.0.0/0", n.id()));
    }

    private static Optional<LabEdit> internetGateway(Lab lab, RouteTable rt, Trace trace) {
        boolean publicSource =
                lab.component(trace.flow().from(), Instance.class)
                        .map(i -> i.publicIp().isPresent())
                        .orElse(false);
        if (hasDefaultRoute(rt) || !publicSource) {
            return Optional.empty();
        }
        return lab.all(InternetGateway.class)
                .filter(g -> g.vpc().equals(rt.vpc()))
                .findFirst()
                .flatMap(g -> add(lab, rt, "0.0.0.0/0", g.id()));
    }

    private static Optional<LabEdit> peering(Lab lab, RouteTable rt, IpAddress to) {
        Optional<Vpc> peerVpc = lab.all(Vpc.class).filter(v -> v.cidr().contains(to)).findFirst();
        if (peerVpc.isEmpty() || peerVpc.get().id().equals(rt.vpc())) {
            return Optional.empty();
        }
        String other = peerVpc.get().id();
        return lab.all(VpcPeering.class)
                .filter(VpcPeering::isActive)
                .filter(p -> p.peerOf(rt.vpc()).equals(other) && p.peerOf(other).equals(rt.vpc()))
                .findFirst()
                .flatMap(p -> add(lab, rt, peerVpc.get().cidr().toString(), p.id()));
    }

    private static boolean hasDefaultRoute(RouteTable rt) {
        Cidr any = Cidr.parse("0.0.0.0/0");
        return rt.routes().stream()
                .map(Route::destination)
                .anyMatch(d -> d instanceof AddressSet.Block block && block.cidr().equals(any));
    }

    private static Optional<LabEdit> add(
            Lab lab, RouteTable rt, String destination, String target) {
        return FixSuggester.relabel(
                RuleEdits.setRoute(lab, rt.id(), rt.routes().size(), destination, target),
                Message.of("walk.fix.route", rt.id(), destination, target));
    }
}
