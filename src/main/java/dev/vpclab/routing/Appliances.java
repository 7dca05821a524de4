package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.GatewayLoadBalancer;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Gateway Load Balancer and its appliances: the node in the endpoint's zone picks a healthy
 * appliance (the same one for the reply of a flow), sends it the packet in GENEVE on UDP 6081
 * through the network ACLs and the appliance's security group, and takes it back (R-GWLB-1,
 * R-GWLB-3). The appliance is modelled as one that passes what it inspects: the lab says where
 * inspection happens, not what a firewall's own rules decide.
 */
final class Appliances {
    private final Walk walk;

    Appliances(Walk walk) {
        this.walk = walk;
    }

    void inspect(
            GatewayLoadBalancerEndpoint endpoint,
            Iface eni,
            String service,
            GatewayLoadBalancer gwlb,
            NetworkLoadBalancer.Node node,
            Packet packet) {
        walk.at(packet);
        Optional<InspectionRouting.Carried> carried =
                walk.conntrack.get(
                        InspectionRouting.REQUEST + gwlb.id(), InspectionRouting.Carried.class);
        if (walk.reply && carried.isEmpty()) {
            // The reply of a flow whose request went around inspection: the appliance would see
            // a reply to a connection it never saw, which a stateful appliance drops.
            walk.hop(
                    Hop.builder(gwlb.id())
                            .check(Check.TARGET)
                            .decided(new Decision.OneWayInspection(gwlb.id(), false))
                            .build());
            walk.block(
                    gwlb.id(),
                    ReasonCode.GWLB_ASYMMETRIC_ROUTING,
                    null,
                    List.of(endpoint.id()),
                    Message.of(
                            "reason.GWLB_ASYMMETRIC_ROUTING.replyOnly", gwlb.id(), endpoint.id()),
                    Message.of("reason.GWLB_ASYMMETRIC_ROUTING.fix", endpoint.id()));
            return;
        }
        if (walk.reply && !carried.get().endpoint().equals(endpoint.id())) {
            otherEndpoint(carried.get(), endpoint, gwlb, node);
            return;
        }
        // The same endpoint is the same node: flow stickiness keeps the request's appliance.
        Optional<Iface> appliance =
                carried.isPresent()
                        ? walk.index.ifaceOf(carried.get().appliance())
                        : choose(gwlb, node);
        if (appliance.isEmpty()) {
            walk.hop(
                    Hop.builder(gwlb.id())
                            .check(Check.TARGET)
                            .decided(new Decision.ApplianceChoice(node, Optional.empty(), false))
                            .build());
            walk.block(
                    gwlb.id(),
                    ReasonCode.GWLB_NO_HEALTHY_TARGET,
                    "none",
                    List.of(),
                    Message.of("reason.GWLB_NO_HEALTHY_TARGET.detail", gwlb.id(), node.azId()),
                    Message.of("reason.GWLB_NO_HEALTHY_TARGET.fix", gwlb.id(), node.azId()));
            return;
        }
        Iface target = appliance.get();
        Decision.ChosenTarget chosen = chosen(target, node);
        walk.hop(
                Hop.builder(gwlb.id())
                        .check(Check.TARGET)
                        .node(node.ip().toString(), node.azId())
                        .decided(
                                new Decision.ApplianceChoice(
                                        node, Optional.of(chosen), carried.isPresent()))
                        .build());
        if (!throughAppliance(gwlb, node, target)) {
            return;
        }
        walk.conntrack.put(
                (walk.reply ? InspectionRouting.REPLY : InspectionRouting.REQUEST) + gwlb.id(),
                new InspectionRouting.Carried(endpoint.id(), node.azId(), target.owner()));
        InspectionRouting.backAtEndpoint(walk, endpoint, eni, service, gwlb, packet);
    }

    /**
     * The reply entered through another endpoint than the request: it reaches the load balancer's
     * node in that endpoint's zone, which picks an appliance for itself (in its own zone unless
     * cross-zone load balancing is on). The appliance that saw the request never sees the reply,
     * and the one that sees the reply never saw the request: a stateful appliance drops the flow.
     * AWS's inspection architectures route both directions of a flow through the endpoint of one
     * zone
     * (https://docs.aws.amazon.com/reference-architecture-diagrams/latest/distributed-inspection-gwlb/distributed-inspection-route-tables.html;
     * R-GWLB-1).
     */
    private void otherEndpoint(
            InspectionRouting.Carried carried,
            GatewayLoadBalancerEndpoint endpoint,
            GatewayLoadBalancer gwlb,
            NetworkLoadBalancer.Node node) {
        Optional<Iface> replyAppliance = choose(gwlb, node);
        walk.hop(
                Hop.builder(gwlb.id())
                        .check(Check.TARGET)
                        .node(node.ip().toString(), node.azId())
                        .decided(
                                new Decision.ApplianceChoice(
                                        node, replyAppliance.map(a -> chosen(a, node)), false))
                        .build());
        List<String> related = new ArrayList<>(List.of(carried.endpoint(), carried.appliance()));
        replyAppliance.ifPresent(a -> related.add(a.owner()));
        walk.block(
                gwlb.id(),
                ReasonCode.GWLB_ASYMMETRIC_ROUTING,
                null,
                related,
                Message.of(
                        replyAppliance.isPresent()
                                ? "reason.GWLB_ASYMMETRIC_ROUTING.otherEndpoint"
                                : "reason.GWLB_ASYMMETRIC_ROUTING.otherEndpointNoTarget",
                        gwlb.id(),
                        carried.endpoint(),
                        carried.zone(),
                        carried.appliance(),
                        endpoint.id(),
                        node.azId(),
                        replyAppliance.map(Iface::owner).orElse("")),
                Message.of("reason.GWLB_ASYMMETRIC_ROUTING.otherEndpoint.fix", carried.endpoint()));
    }

    private static Decision.ChosenTarget chosen(Iface target, NetworkLoadBalancer.Node node) {
        String zone = target.subnet().azId();
        return new Decision.ChosenTarget(
                target.owner(),
                target.ip(),
                GatewayLoadBalancer.GENEVE_PORT,
                zone,
                !zone.equals(node.azId()));
    }

    /**
     * A healthy registered appliance the node may use: in its zone, or any zone with cross-zone
     * load balancing. The first in registration order, so that a trace is repeatable (AWS hashes
     * the flow's five-tuple).
     */
    private Optional<Iface> choose(GatewayLoadBalancer gwlb, NetworkLoadBalancer.Node node) {
        for (GatewayLoadBalancer.Target t : gwlb.targets()) {
            if (!t.healthy() || walk.index.lab.component(t.id(), Instance.class).isEmpty()) {
                continue;
            }
            Optional<Iface> iface = walk.index.ifaceOf(t.id());
            if (iface.isPresent()
                    && (gwlb.crossZone() || iface.get().subnet().azId().equals(node.azId()))) {
                return iface;
            }
        }
        return Optional.empty();
    }

    /**
     * GENEVE from the node to the appliance and back: the network ACLs of both subnets when they
     * differ, and the appliance's security group, which must admit UDP 6081 from the node (it does
     * so for both directions of the inner flow: each arrives as node-to-appliance GENEVE).
     */
    private boolean throughAppliance(
            GatewayLoadBalancer gwlb, NetworkLoadBalancer.Node node, Iface appliance) {
        Packet out = InspectionRouting.geneve(node.ip(), appliance.ip());
        Packet back = InspectionRouting.geneve(appliance.ip(), node.ip());
        Optional<Subnet> nodeSubnet = walk.index.subnet(node.subnet());
        boolean crossSubnet =
                nodeSubnet.isPresent() && !nodeSubnet.get().id().equals(appliance.subnet().id());
        walk.at(out);
        if (crossSubnet && !walk.vpc.naclPasses(nodeSubnet.get(), out, true)) {
            return false;
        }
        if (crossSubnet && !walk.vpc.naclPasses(appliance.subnet(), out, false)) {
            return false;
        }
        if (!walk.vpc.ingressAllowed(appliance, out, List.of(gwlb.id()))) {
            return false;
        }
        walk.hop(
                Hop.builder(appliance.owner())
                        .check(Check.APPLIANCE)
                        .decided(new Decision.Inspected(appliance.owner(), node.ip()))
                        .build());
        walk.at(back);
        if (crossSubnet && !walk.vpc.naclPasses(appliance.subnet(), back, true)) {
            return false;
        }
        return !crossSubnet || walk.vpc.naclPasses(nodeSubnet.get(), back, false);
    }
}
