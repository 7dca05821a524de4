package dev.vpclab.edit;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.AddressSet;
import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.EndpointEni;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InstanceConnectEndpoint;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.LayoutBox;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Copy and paste of components. A copy holds the chosen components with everything inside them and
 * their boxes; a paste gives them fresh ids, fresh address blocks and addresses (a pasted VPC gets
 * a free CIDR, a pasted instance the next free IPv4 and IPv6 address; nested ids such as a transit
 * gateway's route tables are fresh too, see {@link NestedIds}), keeps references among the pasted
 * components and to the rest of the lab, and shifts them on the canvas.
 */
public final class Clipboard {
    private Clipboard() {}

    /** What was copied. */
    public record Clip(List<Component> components, Map<String, Rect> boxes) {
        public Clip {
            components = List.copyOf(components);
            boxes = Map.copyOf(boxes);
        }

        public boolean isEmpty() {
            return components.isEmpty();
        }
    }

    /** A paste: the edit and the ids the pasted components get (the new selection). */
    public record Paste(LabEdit edit, List<String> newIds) {
        /** The paste into {@code lab}, refused when it would give the lab a new error. */
        public EditAttempt attempt(Lab lab) {
            return EditGuard.guard(lab, EditAttempt.allowed(edit));
        }
    }

    /** Copies the components and what is inside them. */
    public static Clip copy(Lab lab, Set<String> ids) {
        Objects.requireNonNull(lab, "lab");
        Set<String> all = new LinkedHashSet<>();
        ids.stream().filter(id -> lab.component(id).isPresent()).forEach(all::add);
        all.addAll(Containment.descendants(lab, all));
        Diagram d = Diagram.of(lab);
        List<Component> cs = lab.components().stream().filter(c -> all.contains(c.id())).toList();
        Map<String, Rect> boxes = new HashMap<>();
        for (Component c : cs) {
            d.box(c.id()).ifPresent(r -> boxes.put(c.id(), r));
        }
        return new Clip(cs, boxes);
    }

    /** Pastes the clip into the lab, shifted by {@code dx, dy}. */
    public static Paste paste(Lab lab, Clip clip, double dx, double dy) {
        Set<String> taken = Ids.taken(lab);
        Map<String, String> renames = new LinkedHashMap<>();
        for (Component c : clip.components()) {
            String id = Ids.fresh(c.kind(), taken);
            taken.add(id);
            renames.put(c.id(), id);
        }
        Map<String, String> nested = NestedIds.fresh(clip.components(), taken);
        List<String> newIds = List.copyOf(renames.values());
        Message label = Message.of("edit.paste", newIds.size());
        LabEdit edit = LabEdit.of(label, l -> apply(l, clip, renames, nested, dx, dy));
        return new Paste(edit, newIds);
    }

    private static Lab apply(
            Lab lab,
            Clip clip,
            Map<String, String> renames,
            Map<String, String> nested,
            double dx,
            double dy) {
        Map<String, String> parents = new HashMap<>();
        for (Component c : clip.components()) {
            Containment.parentOf(c).ifPresent(p -> parents.put(c.id(), p));
        }
        List<Component> ordered = new ArrayList<>(clip.components());
        ordered.sort(Comparator.comparingInt(c -> Containment.depth(parents, c.id())));
        Set<String> taken = Ids.taken(lab);
        taken.addAll(renames.values());
        taken.addAll(nested.values());
        Lab working = lab;
        Map<String, LayoutBox> layout = new LinkedHashMap<>(AutoLayout.complete(lab));
        Map<String, ComponentKind> kinds = new HashMap<>();
        clip.components().forEach(c -> kinds.put(c.id(), c.kind()));
        for (Component original : ordered) {
            Component c = References.renameIds(original, renames, kinds);
            c = NestedIds.rename(original, c, nested, renames.keySet());
            c = freshAddresses(working, c, taken);
            c = withPastedTablesOnly(c, renames);
            List<Component> cs = new ArrayList<>(working.components());
            cs.add(c);
            working = working.withComponents(cs);
            Rect r = clip.boxes().get(original.id());
            if (r != null) {
                layout.put(c.id(), r.translate(dx, dy).toLayout(Containment.isContainer(c.kind())));
            }
        }
        return working.withLayout(layout);
    }

    /**
     * A pasted gateway endpoint keeps only the pasted route tables: the tables it was copied from
     * already route its service to the original, and a table has one endpoint route per service
     * (R-GW-4).
     */
    private static Component withPastedTablesOnly(Component c, Map<String, String> renames) {
        if (!(c instanceof GatewayEndpoint g)) {
            return c;
        }
        List<String> tables = g.routeTables().stream().filter(renames.values()::contains).toList();
        return new GatewayEndpoint(
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
    }

    private static Component freshAddresses(Lab lab, Component c, Set<String> taken) {
        if (c instanceof Vpc v) {
            Cidr cidr = AddressPlan.freeVpcCidr(lab).orElse(v.cidr());
            return new Vpc(
                    v.id(),
                    v.region(),
                    v.account(),
                    cidr,
                    v.ipv6Cidr(),
                    v.enableDnsSupport(),
                    v.enableDnsHostnames());
        }
        if (c instanceof Subnet s) {
            Cidr cidr = AddressPlan.freeSubnetCidr(lab, s.vpc()).orElse(s.cidr());
            // A pasted subnet gets a free /64 too (subnets of a VPC may not overlap in IPv6).
            Optional<Cidr> ipv6 =
                    s.ipv6Cidr().flatMap(b -> AddressPlan.freeSubnetIpv6Cidr(lab, s.vpc()));
            return s.withCidrs(cidr, ipv6.isPresent() ? ipv6 : s.ipv6Cidr());
        }
        if (c instanceof RouteTable rt) {
            Optional<Vpc> vpc = lab.component(rt.vpc(), Vpc.class);
            List<Route> routes =
                    rt.routes().stream()
                            .map(
                                    r ->
                                            r.isLocal() && vpc.isPresent()
                                                    ? new Route(
                                                            new AddressSet.Block(vpc.get().cidr()),
                                                            r.target(),
                                                            r.origin())
                                                    : r)
                            .toList();
            // without its edge associations: a gateway has one gateway route table, so a pasted
            // copy that kept them would be refused (GATEWAY_ROUTE_TABLE_DUPLICATE)
            return new RouteTable(rt.id(), rt.vpc(), routes, rt.propagatingVgws());
        }
        if (c instanceof Instance i) {
            IpAddress ip = AddressPlan.freeAddress(lab, i.subnet()).orElse(i.privateIp());
            return new Instance(
                    i.id(),
                    i.subnet(),
                    ip,
                    Optional.empty(),
                    // AWS refuses an IPv6 address already assigned: the copy gets the next free
                    // one.
                    i.ipv6().flatMap(v6 -> AddressPlan.freeIpv6Address(lab, i.subnet())),
                    i.securityGroups(),
                    i.iamRole());
        }
        if (c instanceof NatGateway n) {
            IpAddress ip = AddressPlan.freeAddress(lab, n.subnet()).orElse(n.privateIp());
            // The copy needs an Elastic IP of its own: one address, one NAT gateway.
            Optional<IpAddress> eip =
                    n.elasticIp().flatMap(e -> AddressPlan.freePublicAddress(lab, e));
            return new NatGateway(n.id(), n.subnet(), n.connectivity(), ip, eip.or(n::elasticIp));
        }
        if (c instanceof InstanceConnectEndpoint e) {
            IpAddress ip = AddressPlan.freeAddress(lab, e.subnet()).orElse(e.privateIp());
            return new InstanceConnectEndpoint(
                    e.id(), e.subnet(), ip, e.securityGroups(), e.preserveClientIp());
        }
        if (c instanceof OnPremisesHost h) {
            IpAddress ip = AddressPlan.freeOnPremisesAddress(lab, h.network()).orElse(h.ip());
            return new OnPremisesHost(h.id(), h.network(), ip);
        }
        if (c instanceof InterfaceEndpoint e) {
            List<EndpointEni> enis = new ArrayList<>();
            Lab l = lab;
            for (EndpointEni eni : e.enis()) {
                String id = Ids.fresh("eni", taken);
                taken.add(id);
                IpAddress ip = AddressPlan.freeAddress(l, eni.subnet()).orElse(eni.ip());
                enis.add(new EndpointEni(id, eni.subnet(), eni.az(), eni.azId(), ip));
            }
            return new InterfaceEndpoint(
                    e.id(),
                    e.vpc(),
                    e.service(),
                    e.serviceName(),
                    e.subnets(),
                    enis,
                    e.securityGroups(),
                    e.privateDns(),
                    e.privateDnsOnlyForInboundResolverEndpoint(),
                    e.state(),
                    e.regionalDnsName().map(n -> n.replaceFirst("^[^.]*", e.id())),
                    e.zonalDnsNames(),
                    e.privateDnsNames(),
                    e.policy());
        }
        if (c instanceof NetworkLoadBalancer n) {
            List<NetworkLoadBalancer.Node> nodes =
                    n.nodes().stream()
                            .map(
                                    node ->
                                            new NetworkLoadBalancer.Node(
                                                    node.subnet(),
                                                    node.azId(),
                                                    AddressPlan.freeAddress(lab, node.subnet())
                                                            .orElse(node.ip())))
                            .toList();
            return new NetworkLoadBalancer(
                    n.id(),
                    n.vpc(),
                    n.scheme(),
                    n.subnets(),
                    nodes,
                    n.crossZone(),
                    n.securityGroups(),
                    n.listeners(),
                    n.targetGroups());
        }
        return c;
    }
}
