package dev.vpclab.edit;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.AddressSet;
import dev.vpclab.model.Component;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.LayoutBox;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The edits behind each kind of connection of {@link Connections}. */
final class ConnectEdits {
    private ConnectEdits() {}

    static EditAttempt sameVpc(
            String v1, String v2, java.util.function.Supplier<EditAttempt> then) {
        return v1.equals(v2) ? then.get() : EditAttempt.refused("connect.differentVpc", v1, v2);
    }

    static EditAttempt set(Message label, Component changed) {
        return EditAttempt.allowed(LabEdit.of(label, l -> ComponentFields.replace(l, changed)));
    }

    static EditAttempt endpointRoute(Message label, GatewayEndpoint g, RouteTable rt) {
        if (g.routeTables().contains(rt.id())) {
            return EditAttempt.refused("connect.exists");
        }
        List<String> tables = new ArrayList<>(g.routeTables());
        tables.add(rt.id());
        GatewayEndpoint ng =
                new GatewayEndpoint(
                        g.id(),
                        g.vpc(),
                        g.service(),
                        g.region(),
                        g.serviceName(),
                        tables,
                        g.prefixList(),
                        g.policy(),
                        g.ipAddressType(),
                        g.dnsRecordIpType());
        List<Route> routes = new ArrayList<>(rt.routes());
        // AWS adds "<prefix list> -> <endpoint>" to each route table the endpoint is associated
        // with.
        routes.add(
                new Route(new AddressSet.PrefixList(g.prefixList()), g.id(), RouteOrigin.STATIC));
        RouteTable nrt = rt.withRoutes(routes);
        return EditAttempt.allowed(
                LabEdit.of(
                        label, l -> ComponentFields.replace(ComponentFields.replace(l, ng), nrt)));
    }

    static EditAttempt membership(Lab lab, Message label, SecurityGroup g, Component y) {
        Optional<String> vpc =
                y instanceof Instance i
                        ? lab.component(i.subnet(), Subnet.class).map(Subnet::vpc)
                        : y instanceof InterfaceEndpoint e
                                ? Optional.of(e.vpc())
                                : Optional.of(((NetworkLoadBalancer) y).vpc());
        if (vpc.isPresent() && !vpc.get().equals(g.vpc())) {
            return EditAttempt.refused("connect.differentVpc", g.vpc(), vpc.get());
        }
        if (y instanceof Instance i) {
            if (i.securityGroups().contains(g.id())) {
                return EditAttempt.refused("connect.exists");
            }
            return set(
                    label,
                    new Instance(
                            i.id(),
                            i.subnet(),
                            i.privateIp(),
                            i.publicIp(),
                            i.ipv6(),
                            plus(i.securityGroups(), g.id()),
                            i.iamRole()));
        }
        if (y instanceof InterfaceEndpoint e) {
            if (e.securityGroups().contains(g.id())) {
                return EditAttempt.refused("connect.exists");
            }
            return set(label, e.withSecurityGroups(plus(e.securityGroups(), g.id())));
        }
        NetworkLoadBalancer n = (NetworkLoadBalancer) y;
        if (n.securityGroups().contains(g.id())) {
            return EditAttempt.refused("connect.exists");
        }
        return set(
                label,
                new NetworkLoadBalancer(
                        n.id(),
                        n.vpc(),
                        n.scheme(),
                        n.subnets(),
                        n.nodes(),
                        n.crossZone(),
                        plus(n.securityGroups(), g.id()),
                        n.listeners(),
                        n.targetGroups()));
    }

    static List<String> plus(List<String> list, String id) {
        List<String> out = new ArrayList<>(list);
        out.add(id);
        return out;
    }

    static EditAttempt peering(Lab lab, Message label, Vpc v, Vpc w) {
        if (v.cidr().overlaps(w.cidr())) {
            return EditAttempt.refused("connect.overlappingCidrs", v.id(), w.id());
        }
        boolean exists =
                lab.all(VpcPeering.class)
                        .anyMatch(
                                p ->
                                        (p.requester().equals(v.id())
                                                        && p.accepter().equals(w.id()))
                                                || (p.requester().equals(w.id())
                                                        && p.accepter().equals(v.id())));
        if (exists) {
            return EditAttempt.refused("connect.exists");
        }
        String id = Ids.fresh("pcx", Ids.taken(lab));
        return create(
                label,
                new VpcPeering(id, v.id(), w.id(), "active", !v.region().equals(w.region())),
                Optional.empty());
    }

    static EditAttempt target(Message label, NetworkLoadBalancer n, Instance i) {
        List<NetworkLoadBalancer.TargetGroup> groups = new ArrayList<>(n.targetGroups());
        List<NetworkLoadBalancer.Listener> listeners = new ArrayList<>(n.listeners());
        if (groups.isEmpty()) {
            groups.add(
                    new NetworkLoadBalancer.TargetGroup(
                            "tg-" + n.id(), Protocol.TCP, 443, List.of()));
            if (listeners.isEmpty()) {
                listeners.add(new NetworkLoadBalancer.Listener(Protocol.TCP, 443, "tg-" + n.id()));
            }
        }
        NetworkLoadBalancer.TargetGroup tg = groups.get(0);
        if (tg.targets().stream().anyMatch(t -> t.id().equals(i.id()))) {
            return EditAttempt.refused("connect.exists");
        }
        List<NetworkLoadBalancer.Target> targets = new ArrayList<>(tg.targets());
        targets.add(new NetworkLoadBalancer.Target(i.id(), tg.port()));
        groups.set(0, tg.withTargets(tg.id(), targets));
        return set(
                label,
                new NetworkLoadBalancer(
                        n.id(),
                        n.vpc(),
                        n.scheme(),
                        n.subnets(),
                        n.nodes(),
                        n.crossZone(),
                        n.securityGroups(),
                        listeners,
                        groups));
    }

    static EditAttempt route(Lab lab, Message label, RouteTable rt, Component target) {
        Cidr destination = Cidr.parse("0.0.0.0/0");
        if (target instanceof VpcPeering p) {
            Optional<Vpc> peer = lab.component(p.peerOf(rt.vpc()), Vpc.class);
            if (peer.isEmpty()) {
                return EditAttempt.refused("connect.unsupported", "routeTable", "vpcPeering");
            }
            destination = peer.get().cidr();
        } else if (target instanceof EgressOnlyInternetGateway) {
            destination = Cidr.parse("::/0");
        }
        AddressSet dest = new AddressSet.Block(destination);
        if (rt.routes().stream().anyMatch(r -> r.destination().equals(dest))) {
            return EditAttempt.refused("rule.duplicateDestination", destination);
        }
        List<Route> routes = new ArrayList<>(rt.routes());
        routes.add(new Route(dest, target.id(), RouteOrigin.STATIC));
        return set(label, rt.withRoutes(routes));
    }

    static EditAttempt create(Message label, Component created, Optional<String> container) {
        return EditAttempt.allowed(
                LabEdit.of(
                        label,
                        l -> {
                            List<Component> cs = new ArrayList<>(l.components());
                            cs.add(created);
                            Lab withIt = l.withComponents(cs);
                            Diagram d = Diagram.of(l);
                            Map<String, LayoutBox> layout =
                                    new LinkedHashMap<>(AutoLayout.complete(l));
                            Rect r =
                                    AutoLayout.freeSpot(
                                            created, container.flatMap(d::box), d.boxes());
                            layout.put(created.id(), r.toLayout(false));
                            return withIt.withLayout(layout);
                        }));
    }
}
