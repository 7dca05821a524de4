package dev.vpclab.edit;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayLoadBalancer;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Connect gestures of the inspection kinds, as the console wires them: a Gateway Load Balancer
 * endpoint to its endpoint service, an endpoint service to a Gateway Load Balancer (which makes it
 * a service of type GatewayLoadBalancer), and a Gateway Load Balancer to an appliance instance
 * (registered as a healthy target).
 */
final class InspectionConnections {
    private InspectionConnections() {}

    /** The edit for connecting {@code x} to {@code y}, if this pair is an inspection one. */
    static Optional<EditAttempt> connect(Message label, Component x, Component y) {
        if (x instanceof GatewayLoadBalancerEndpoint e && y instanceof EndpointService s) {
            return Optional.of(
                    ConnectEdits.set(
                            label,
                            new GatewayLoadBalancerEndpoint(
                                    e.id(),
                                    e.vpc(),
                                    e.subnet(),
                                    s.id(),
                                    s.serviceName(),
                                    e.state(),
                                    e.ip())));
        }
        if (x instanceof EndpointService s && y instanceof GatewayLoadBalancer g) {
            if (s.gatewayLoadBalancers().contains(g.id())) {
                return Optional.of(EditAttempt.refused("connect.exists"));
            }
            List<String> gwlbs = new ArrayList<>(s.gatewayLoadBalancers());
            gwlbs.add(g.id());
            return Optional.of(
                    ConnectEdits.set(
                            label,
                            new EndpointService(
                                    s.id(),
                                    s.serviceName(),
                                    g.vpc(),
                                    s.nlbs(),
                                    s.acceptanceRequired(),
                                    s.allowedPrincipals(),
                                    s.availabilityZoneIds(),
                                    s.supportedRegions(),
                                    gwlbs)));
        }
        if (x instanceof GatewayLoadBalancer g && y instanceof Instance i) {
            if (g.targets().stream().anyMatch(t -> t.id().equals(i.id()))) {
                return Optional.of(EditAttempt.refused("connect.exists"));
            }
            List<GatewayLoadBalancer.Target> targets = new ArrayList<>(g.targets());
            targets.add(new GatewayLoadBalancer.Target(i.id(), "healthy"));
            return Optional.of(
                    ConnectEdits.set(
                            label,
                            new GatewayLoadBalancer(
                                    g.id(), g.vpc(), g.nodes(), g.crossZone(), targets)));
        }
        return Optional.empty();
    }
}
