package dev.vpclab.edit;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.KindDescriptor;
import dev.vpclab.model.Lab;
import dev.vpclab.model.LineKind;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.Reference;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.model.Vpc;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.model.VpnConnection;
import dev.vpclab.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Connections drawn between components, and what drawing one means in AWS: associating a route
 * table or network ACL with a subnet, a gateway endpoint with a route table (which adds the
 * prefix-list route, as AWS does), attaching a gateway to a VPC, a security group to an interface,
 * peering two VPCs, attaching a VPC to a transit gateway, a VPN to an on-premises network, a route
 * from a route table to a gateway.
 */
public final class Connections {
    private Connections() {}

    /** A line between two components. */
    public record Edge(String from, String to, LineKind kind) {
        public Edge {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * The lines the canvas draws for a lab (only between components present in it): one for each
     * reference whose field the kind's descriptor draws.
     */
    public static List<Edge> edges(Lab lab) {
        List<Edge> out = new ArrayList<>();
        for (Component c : lab.components()) {
            for (Reference r : KindDescriptor.referencesOf(c)) {
                Optional<LineKind> line = r.field().line();
                // A route to a gateway endpoint is drawn as the endpoint's line to the table.
                boolean endpointRoute =
                        line.filter(l -> l == LineKind.ROUTE).isPresent()
                                && lab.component(r.target())
                                        .filter(GatewayEndpoint.class::isInstance)
                                        .isPresent();
                if (line.isPresent() && !endpointRoute) {
                    out.add(new Edge(c.id(), r.target(), line.get()));
                }
            }
        }
        out.removeIf(e -> lab.component(e.from()).isEmpty() || lab.component(e.to()).isEmpty());
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    /** The edit a line from {@code a} to {@code b} makes, or why AWS would not have it. */
    public static EditAttempt connect(Lab lab, String a, String b) {
        Objects.requireNonNull(lab, "lab");
        Optional<Component> ca = lab.component(a);
        Optional<Component> cb = lab.component(b);
        if (ca.isEmpty() || cb.isEmpty() || a.equals(b)) {
            return EditAttempt.refused("connect.nothing");
        }
        Optional<EditAttempt> one = directed(lab, ca.get(), cb.get());
        if (one.isEmpty()) {
            one = directed(lab, cb.get(), ca.get());
        }
        // A second peering between two VPCs, a second service on a load balancer: EditGuard.
        return EditGuard.guard(
                lab,
                one.orElse(
                        EditAttempt.refused(
                                "connect.unsupported",
                                ca.get().kind().fileName(),
                                cb.get().kind().fileName())));
    }

    private static Optional<EditAttempt> directed(Lab lab, Component x, Component y) {
        Message label = Message.of("edit.connect", x.id(), y.id());
        if (x instanceof RouteTable rt && y instanceof Subnet s) {
            return Optional.of(
                    ConnectEdits.sameVpc(
                            rt.vpc(),
                            s.vpc(),
                            () -> ConnectEdits.set(label, s.withRouteTable(rt.id()))));
        }
        if (x instanceof NetworkAcl acl && y instanceof Subnet s) {
            return Optional.of(
                    ConnectEdits.sameVpc(
                            acl.vpc(),
                            s.vpc(),
                            () -> ConnectEdits.set(label, s.withNacl(acl.id()))));
        }
        if (x instanceof GatewayEndpoint g && y instanceof RouteTable rt) {
            return Optional.of(
                    ConnectEdits.sameVpc(
                            g.vpc(), rt.vpc(), () -> ConnectEdits.endpointRoute(label, g, rt)));
        }
        if (x instanceof SecurityGroup g
                && (y instanceof Instance
                        || y instanceof InterfaceEndpoint
                        || y instanceof NetworkLoadBalancer)) {
            return Optional.of(ConnectEdits.membership(lab, label, g, y));
        }
        if (x instanceof InternetGateway g && y instanceof Vpc v) {
            if (lab.all(InternetGateway.class)
                    .anyMatch(o -> o.vpc().equals(v.id()) && !o.id().equals(g.id()))) {
                return Optional.of(EditAttempt.refused("add.oneIgw", v.id()));
            }
            return Optional.of(ConnectEdits.set(label, new InternetGateway(g.id(), v.id())));
        }
        if (x instanceof EgressOnlyInternetGateway g && y instanceof Vpc v) {
            return Optional.of(
                    ConnectEdits.set(label, new EgressOnlyInternetGateway(g.id(), v.id())));
        }
        if (x instanceof VirtualPrivateGateway g && y instanceof Vpc v) {
            return Optional.of(ConnectEdits.set(label, new VirtualPrivateGateway(g.id(), v.id())));
        }
        if (x instanceof Vpc v && y instanceof Vpc w) {
            return Optional.of(ConnectEdits.peering(lab, label, v, w));
        }
        if (x instanceof TransitGateway t && y instanceof Vpc v) {
            List<String> subnets =
                    lab.all(Subnet.class)
                            .filter(s -> s.vpc().equals(v.id()))
                            .map(Subnet::id)
                            .limit(1)
                            .toList();
            String rt = t.routeTables().isEmpty() ? "" : t.routeTables().get(0).id();
            String id = Ids.fresh("tgw-attach", Ids.taken(lab));
            return Optional.of(
                    ConnectEdits.create(
                            label,
                            new TransitGatewayAttachment(id, t.id(), v.id(), subnets, rt),
                            Optional.of(v.id())));
        }
        if ((x instanceof VirtualPrivateGateway || x instanceof TransitGateway)
                && y instanceof OnPremisesNetwork n) {
            String id = Ids.fresh("vpn", Ids.taken(lab));
            return Optional.of(
                    ConnectEdits.create(
                            label,
                            new VpnConnection(
                                    id,
                                    x.id(),
                                    n.id(),
                                    IpAddress.parse("203.0.113.200"),
                                    "static",
                                    List.of(n.cidr())),
                            Optional.empty()));
        }
        if (x instanceof InterfaceEndpoint e && y instanceof EndpointService s) {
            // AWS names the endpoint after its service: the old service's names go (R-IF-7).
            InterfaceEndpoint connected =
                    EndpointDnsNames.follow(lab, e.withService(s.id(), s.serviceName()));
            return Optional.of(ConnectEdits.set(label, connected));
        }
        if (x instanceof EndpointService s && y instanceof NetworkLoadBalancer n) {
            if (s.nlbs().contains(n.id())) {
                return Optional.of(EditAttempt.refused("connect.exists"));
            }
            List<String> nlbs = new ArrayList<>(s.nlbs());
            nlbs.add(n.id());
            return Optional.of(
                    ConnectEdits.set(
                            label,
                            new EndpointService(
                                    s.id(),
                                    s.serviceName(),
                                    n.vpc(),
                                    nlbs,
                                    s.acceptanceRequired(),
                                    s.allowedPrincipals(),
                                    s.availabilityZoneIds(),
                                    s.supportedRegions(),
                                    s.gatewayLoadBalancers())));
        }
        if (x instanceof NetworkLoadBalancer n && y instanceof Instance i) {
            return Optional.of(ConnectEdits.target(label, n, i));
        }
        Optional<EditAttempt> inspection = InspectionConnections.connect(label, x, y);
        if (inspection.isPresent()) {
            return inspection;
        }
        if (x instanceof RouteTable rt && isRouteTarget(y)) {
            return Optional.of(ConnectEdits.route(lab, label, rt, y));
        }
        return Optional.empty();
    }

    private static boolean isRouteTarget(Component c) {
        return c instanceof InternetGateway
                || c instanceof NatGateway
                || c instanceof VirtualPrivateGateway
                || c instanceof TransitGateway
                || c instanceof VpcPeering
                || c instanceof EgressOnlyInternetGateway
                || c instanceof GatewayLoadBalancerEndpoint;
    }

    /** Ids a connection could be drawn to from {@code from} (for highlighting targets). */
    public static boolean canConnect(Lab lab, String from, String to) {
        return connect(lab, from, to) instanceof EditAttempt.Allowed;
    }
}
