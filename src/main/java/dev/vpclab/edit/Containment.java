package dev.vpclab.edit;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.VirtualPrivateGateway;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where each kind of component may sit, as AWS allows: a subnet inside a VPC; an instance, NAT
 * gateway, interface endpoint network interface or load balancer node inside a subnet; route
 * tables, ACLs, security groups and gateways with their VPC; services, on-premises networks and
 * hosts on the internet outside every VPC.
 */
public final class Containment {
    private Containment() {}

    /** What a kind needs around it on the canvas. */
    public enum Place {
        /** Outside every VPC (the canvas, or an on-premises network for its hosts). */
        OUTSIDE,
        /** Directly in a VPC (or on its edge, for gateways). */
        IN_VPC,
        /** In a subnet. */
        IN_SUBNET,
        /** In an on-premises network. */
        IN_ON_PREMISES
    }

    /** Kinds drawn as boxes that hold other components. */
    public static boolean isContainer(ComponentKind kind) {
        return kind == ComponentKind.VPC
                || kind == ComponentKind.SUBNET
                || kind == ComponentKind.ON_PREMISES;
    }

    /** Kinds drawn on the edge of their VPC. */
    public static boolean isOnVpcEdge(ComponentKind kind) {
        return kind == ComponentKind.INTERNET_GATEWAY
                || kind == ComponentKind.EGRESS_ONLY_INTERNET_GATEWAY
                || kind == ComponentKind.VIRTUAL_PRIVATE_GATEWAY;
    }

    public static Place placeOf(ComponentKind kind) {
        return switch (kind) {
            case SUBNET,
                    ROUTE_TABLE,
                    NACL,
                    SECURITY_GROUP,
                    INTERNET_GATEWAY,
                    EGRESS_ONLY_INTERNET_GATEWAY,
                    VIRTUAL_PRIVATE_GATEWAY,
                    GATEWAY_ENDPOINT,
                    TRANSIT_GATEWAY_ATTACHMENT ->
                    Place.IN_VPC;
            case INSTANCE, NAT_GATEWAY, INTERFACE_ENDPOINT, NLB -> Place.IN_SUBNET;
            case ON_PREMISES_HOST -> Place.IN_ON_PREMISES;
            // Listed, not defaulted: a new kind must say where it sits.
            case REGION,
                    VPC,
                    MANAGED_PREFIX_LIST,
                    ENDPOINT_SERVICE,
                    VPC_PEERING,
                    TRANSIT_GATEWAY,
                    VPN_CONNECTION,
                    ON_PREMISES,
                    INTERNET_HOST,
                    AWS_SERVICE ->
                    Place.OUTSIDE;
        };
    }

    /** The container a component sits in, from its references. */
    public static Optional<String> parentOf(Component c) {
        Objects.requireNonNull(c, "component");
        String parent = null;
        if (c instanceof Subnet s) {
            parent = s.vpc();
        } else if (c instanceof Instance i) {
            parent = i.subnet();
        } else if (c instanceof NatGateway n) {
            parent = n.subnet();
        } else if (c instanceof InterfaceEndpoint e) {
            parent =
                    !e.enis().isEmpty()
                            ? e.enis().get(0).subnet()
                            : e.subnets().isEmpty() ? e.vpc() : e.subnets().get(0);
        } else if (c instanceof NetworkLoadBalancer n) {
            parent =
                    !n.nodes().isEmpty()
                            ? n.nodes().get(0).subnet()
                            : n.subnets().isEmpty() ? n.vpc() : n.subnets().get(0);
        } else if (c instanceof RouteTable r) {
            parent = r.vpc();
        } else if (c instanceof NetworkAcl a) {
            parent = a.vpc();
        } else if (c instanceof SecurityGroup g) {
            parent = g.vpc();
        } else if (c instanceof InternetGateway g) {
            parent = g.vpc();
        } else if (c instanceof EgressOnlyInternetGateway g) {
            parent = g.vpc();
        } else if (c instanceof VirtualPrivateGateway g) {
            parent = g.vpc();
        } else if (c instanceof GatewayEndpoint g) {
            parent = g.vpc();
        } else if (c instanceof TransitGatewayAttachment a) {
            parent = a.vpc();
        } else if (c instanceof OnPremisesHost h) {
            parent = h.network();
        }
        return Optional.ofNullable(parent);
    }

    /** The container of each component that has one present in the lab, by child id. */
    public static Map<String, String> parents(Lab lab) {
        Map<String, String> out = new HashMap<>();
        for (Component c : lab.components()) {
            parentOf(c)
                    .filter(p -> lab.component(p).isPresent() && !p.equals(c.id()))
                    .ifPresent(p -> out.put(c.id(), p));
        }
        return out;
    }

    /** The ids inside the given ones, at any depth, not including them. */
    public static Set<String> descendants(Lab lab, Set<String> ids) {
        Map<String, List<String>> children = new HashMap<>();
        parents(lab)
                .forEach(
                        (child, parent) ->
                                children.computeIfAbsent(parent, k -> new ArrayList<>())
                                        .add(child));
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            for (String child : children.getOrDefault(id, List.of())) {
                if (!ids.contains(child) && out.add(child)) {
                    todo.add(child);
                }
            }
        }
        return out;
    }

    /** The nesting depth: 0 on the canvas, 1 in a VPC, 2 in a subnet. */
    public static int depth(Map<String, String> parents, String id) {
        int d = 0;
        String p = parents.get(id);
        while (p != null && d < 16) {
            d++;
            p = parents.get(p);
        }
        return d;
    }

    /**
     * Whether a new component of this kind may be dropped into {@code container} (empty: the bare
     * canvas); empty when allowed, else the reason AWS gives.
     */
    public static Optional<Message> refusal(
            Lab lab, ComponentKind kind, Optional<String> container) {
        Objects.requireNonNull(kind, "kind");
        Optional<ComponentKind> target = container.flatMap(lab::component).map(Component::kind);
        String name = kind.fileName();
        return switch (placeOf(kind)) {
            case IN_VPC ->
                    target.filter(k -> k == ComponentKind.VPC).isPresent()
                            ? Optional.empty()
                            : Optional.of(Message.of("drop.needsVpc", name));
            case IN_SUBNET ->
                    target.filter(k -> k == ComponentKind.SUBNET).isPresent()
                            ? Optional.empty()
                            : Optional.of(Message.of("drop.needsSubnet", name));
            case IN_ON_PREMISES ->
                    target.filter(k -> k == ComponentKind.ON_PREMISES).isPresent()
                            ? Optional.empty()
                            : Optional.of(Message.of("drop.needsOnPremises"));
            case OUTSIDE ->
                    target.isEmpty()
                            ? Optional.empty()
                            : Optional.of(Message.of("drop.outside", name));
        };
    }
}
