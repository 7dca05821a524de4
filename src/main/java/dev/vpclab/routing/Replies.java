package dev.vpclab.routing;

import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.OnPremisesNetwork;
import java.util.Optional;

/**
 * Starts the reply where the request arrived. From there the reply is an ordinary routed packet
 * (route tables and network ACLs apply, security groups do not: they are stateful, R-SG-2), except
 * that stateful devices the request passed (NAT gateways, load balancers, gateway endpoints) take
 * it back the way the request came.
 */
final class Replies {
    private final Walk walk;

    Replies(Walk walk) {
        this.walk = walk;
    }

    void start(Delivery d) {
        Packet request = d.packet();
        switch (d.kind()) {
            case INTERFACE -> {
                Iface iface = d.iface().orElseThrow();
                Optional<Conntrack.PreservedEntry> kept =
                        walk.conntrack.get(
                                LoadBalancing.PRESERVED + iface.owner(),
                                Conntrack.PreservedEntry.class);
                if (kept.isPresent() && request.dst().equals(iface.ip())) {
                    walk.endpoints.replyPreserved(iface, request.reply(iface), kept.get());
                    return;
                }
                Optional<InstanceConnectRouting.TunnelEntry> tunnel = walk.instanceConnect.tunnel();
                if (tunnel.isPresent() && tunnel.get().endpoint().preserveClientIp()) {
                    walk.instanceConnect.replyPreserved(iface, request.reply(iface), tunnel.get());
                    return;
                }
                walk.vpc.sendFrom(iface, request.reply(iface), true);
            }
            case INTERNET_HOST, SERVICE_PUBLIC -> {
                walk.hop(d.component());
                walk.edges.onInternet(request.reply(null));
            }
            case ON_PREMISES_HOST -> {
                walk.hop(d.component());
                Optional<OnPremisesNetwork> network =
                        walk.index
                                .lab
                                .component(d.component(), OnPremisesHost.class)
                                .flatMap(
                                        h ->
                                                walk.index.lab.component(
                                                        h.network(), OnPremisesNetwork.class));
                network.ifPresent(n -> walk.transit.fromOnPremises(n, request.reply(null)));
            }
            case SERVICE_GATEWAY_ENDPOINT -> {
                GatewayEndpoint gwe =
                        walk.index
                                .lab
                                .component(d.endpoint().orElseThrow(), GatewayEndpoint.class)
                                .orElseThrow();
                if (!d.component().equals(gwe.id())) {
                    walk.hop(d.component());
                }
                walk.hop(gwe.id());
                walk.vpc.deliverLocal(
                        gwe.vpc(), request.reply(null), Optional.empty(), Origin.through(gwe.id()));
            }
            case SERVICE_INTERFACE_ENDPOINT -> {
                Iface eni = d.iface().orElseThrow();
                walk.vpc.sendFrom(eni, request.reply(eni), true);
            }
        }
    }
}
