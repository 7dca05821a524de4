package dev.vpclab.edit;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.Route;
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

    /** What a line on the canvas stands for. */
    public enum EdgeKind {
        ASSOCIATION,
        ENDPOINT_ROUTE,
        MEMBERSHIP,
        ATTACHMENT,
        ROUTE,
        SERVICE
    }

    /** A line between two components. */
    public record Edge(String from, String to, EdgeKind kind) {
        public Edge {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** The lines the canvas draws for a lab (only between components present in it). */
    public static List<Edge> edges(Lab lab) {
        List<Edge> out = new ArrayList<>();
        for (Component c : lab.components()) {
            if (c instanceof Subnet s) {
                out.add(new Edge(s.id(), s.routeTable(), EdgeKind.ASSOCIATION));
            } else if (c instanceof GatewayEndpoint g) {
                g.routeTables()
                        .forEach(rt -> out.add(new Edge(g.id(), rt, EdgeKind.ENDPOINT_ROUTE)));
            } else if (c instanceof VpcPeering p) {
                out.add(new Edge(p.id(), p.requester(), EdgeKind.ATTACHMENT));
                out.add(new Edge(p.id(), p.accepter(), EdgeKind.ATTACHMENT));
            } else if (c instanceof TransitGatewayAttachment a) {
                out.add(new Edge(a.id(), a.transitGateway(), EdgeKind.ATTACHMENT));
            } else if (c instanceof VpnConnection v) {
                out.add(new Edge(v.id(), v.vpnGateway(), EdgeKind.ATTACHMENT));
                out.add(new Edge(v.id(), v.onPremises(), EdgeKind.ATTACHMENT));
            } else if (c instanceof InterfaceEndpoint e) {
                out.add(new Edge(e.id(), e.service(), EdgeKind.SERVICE));
                e.securityGroups().forEach(g -> out.add(new Edge(e.id(), g, EdgeKind.MEMBERSHIP)));
            } else if (c instanceof EndpointService s) {
                s.nlbs().forEach(n -> out.add(new Edge(s.id(), n, EdgeKind.SERVICE)));
            } else if (c instanceof NetworkLoadBalancer n) {
                n.targetGroups()
                        .forEach(
                                tg ->
                                        tg.targets()
                                                .forEach(
                                                        t ->
                                                                out.add(
                                                                        new Edge(
                                                                                n.id(),
                                                                                t.id(),
                                                                                EdgeKind
                                                                                        .SERVICE))));
            } else if (c instanceof Instance i) {
                i.securityGroups().forEach(g -> out.add(new Edge(i.id(), g, EdgeKind.MEMBERSHIP)));
            } else if (c instanceof RouteTable rt) {
                for (Route r : rt.routes()) {
                    Optional<Component> t = lab.component(r.target());
                    if (t.isPresent() && !(t.get() instanceof GatewayEndpoint)) {
                        out.add(new Edge(rt.id(), r.target(), EdgeKind.ROUTE));
                    }
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
        return one.orElse(
                EditAttempt.refused(
                        "connect.unsupported",
                        ca.get().kind().fileName(),
                        cb.get().kind().fileName()));
    }

    private static Optional<EditAttempt> directed(Lab lab, Component x, Component y) {
        Message label = Message.of("edit.connect", x.id(), y.id());
        if (x instanceof RouteTable rt && y instanceof Subnet s) {
            return Optional.of(
                    ConnectEdits.sameVpc(
                            rt.vpc(),
                            s.vpc(),
                            () ->
                                    ConnectEdits.set(
                                            label,
                                            new Subnet(
                                                    s.id(),
                                                    s.vpc(),
                                                    s.cidr(),
                                                    s.ipv6Cidr(),
                                                    s.az(),
                                                    s.azId(),
                                                    rt.id(),
                                                    s.nacl()))));
        }
        if (x instanceof NetworkAcl acl && y instanceof Subnet s) {
            return Optional.of(
                    ConnectEdits.sameVpc(
                            acl.vpc(),
                            s.vpc(),
                            () ->
                                    ConnectEdits.set(
                                            label,
                                            new Subnet(
                                                    s.id(),
                                                    s.vpc(),
                                                    s.cidr(),
                                                    s.ipv6Cidr(),
                                                    s.az(),
                                                    s.azId(),
                                                    s.routeTable(),
                                                    acl.id()))));
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
            return Optional.of(ConnectEdits.set(label, e.withService(s.id(), s.serviceName())));
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
                                    s.supportedRegions())));
        }
        if (x instanceof NetworkLoadBalancer n && y instanceof Instance i) {
            return Optional.of(ConnectEdits.target(label, n, i));
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
                || c instanceof EgressOnlyInternetGateway;
    }

    /** Ids a connection could be drawn to from {@code from} (for highlighting targets). */
    public static boolean canConnect(Lab lab, String from, String to) {
        return connect(lab, from, to) instanceof EditAttempt.Allowed;
    }
}
