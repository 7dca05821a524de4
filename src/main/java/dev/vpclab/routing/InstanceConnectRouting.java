package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InstanceConnectEndpoint;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.Protocol;
import java.util.List;
import java.util.Optional;

/**
 * Connections through an EC2 Instance Connect Endpoint (R-EICE-1, R-EICE-2). The client reaches the
 * EC2 Instance Connect service over its public HTTPS API, which is not walked here (it needs no
 * internet gateway in the VPC); the service then opens the connection from the endpoint's network
 * interface. From there it is an ordinary packet: the endpoint's security groups (outbound), the
 * network ACLs and route tables, the instance's security groups (inbound), with the endpoint's
 * private address as the source, or the client's when client IP preservation is on.
 *
 * <p>Sources: "Security groups for EC2 Instance Connect Endpoint" and "Connect to your instances
 * using EC2 Instance Connect Endpoint" (Amazon EC2 User Guide).
 */
final class InstanceConnectRouting {
    /** The conntrack key of the connection the endpoint opened. */
    static final String TUNNEL = "instance-connect:";

    /** What the endpoint remembers about a connection it opened, to take the reply back. */
    record TunnelEntry(
            InstanceConnectEndpoint endpoint, Iface eni, IpAddress client, String from) {}

    private final Walk walk;

    InstanceConnectRouting(Walk walk) {
        this.walk = walk;
    }

    /**
     * Opens the connection from the component {@code client} through the endpoint named by the
     * flow's {@code via}; {@code packet} is the client's packet, from the client's address.
     */
    void start(String client, Packet packet) {
        walk.at(packet);
        walk.hop(client);
        String via = walk.flow.via().orElseThrow();
        Optional<InstanceConnectEndpoint> endpoint =
                walk.index.lab.component(via, InstanceConnectEndpoint.class);
        Optional<Iface> eni = endpoint.flatMap(e -> walk.index.ifaceOf(e.id()));
        if (endpoint.isEmpty() || eni.isEmpty()) {
            walk.block(
                    client,
                    ReasonCode.INVALID_FLOW,
                    null,
                    List.of(),
                    Message.of("flow.badVia", via),
                    Message.of("reason.INVALID_FLOW.fix"));
            return;
        }
        InstanceConnectEndpoint e = endpoint.get();
        // The connection goes to the instance's private address, never through its public one.
        IpAddress target =
                walk.index
                        .lab
                        .component(walk.flow.to(), Instance.class)
                        .map(Instance::privateIp)
                        .orElse(packet.dst());
        Packet toTarget = packet.withDst(target);
        walk.at(toTarget);
        Decision.InstanceConnectPort port =
                new Decision.InstanceConnectPort(
                        packet.protocol(), packet.dstPort(), e.preserveClientIp());
        if (!port.supported()) {
            walk.hop(Hop.builder(e.id()).check(Check.PROTOCOL).decided(port).build());
            walk.block(
                    e.id(),
                    ReasonCode.INSTANCE_CONNECT_PORT_NOT_SUPPORTED,
                    null,
                    List.of(),
                    Message.of(
                            "reason.INSTANCE_CONNECT_PORT_NOT_SUPPORTED.detail",
                            e.id(),
                            packet.protocol() + " " + packet.dstPort()),
                    Message.of("reason.INSTANCE_CONNECT_PORT_NOT_SUPPORTED.fix"));
            return;
        }
        Packet sent;
        if (e.preserveClientIp()) {
            walk.hop(Hop.builder(e.id()).check(Check.PROTOCOL).decided(port).build());
            Optional<String> targetVpc =
                    walk.index.ifaceAt(eni.get().vpc(), target).map(Iface::vpc);
            if (targetVpc.isEmpty()) {
                // With the client's address kept, only instances in the endpoint's own VPC can
                // be reached (AWS: "the instance must be in the same VPC as the endpoint").
                walk.block(
                        e.id(),
                        ReasonCode.INSTANCE_CONNECT_CLIENT_IP_OTHER_VPC,
                        null,
                        List.of(),
                        Message.of(
                                "reason.INSTANCE_CONNECT_CLIENT_IP_OTHER_VPC.detail",
                                e.id(),
                                eni.get().vpc(),
                                target),
                        Message.of("reason.INSTANCE_CONNECT_CLIENT_IP_OTHER_VPC.fix", e.id()));
                return;
            }
            sent = toTarget.withSrc(toTarget.src(), eni.get());
        } else {
            Decision.Translation t =
                    new Decision.Translation(
                            Decision.AddressField.SRC,
                            packet.src(),
                            eni.get().ip(),
                            Optional.of(new Decision.AddressOwner(e.id(), false)));
            walk.hop(Hop.builder(e.id()).check(Check.TRANSLATE).decided(t).build());
            sent = toTarget.withSrc(eni.get().ip(), eni.get());
        }
        walk.conntrack.put(TUNNEL, new TunnelEntry(e, eni.get(), packet.src(), client));
        walk.vpc.sendFrom(eni.get(), sent, false);
    }

    /** The connection's state, if the request went through an endpoint. */
    Optional<TunnelEntry> tunnel() {
        return walk.conntrack.get(TUNNEL, TunnelEntry.class);
    }

    /**
     * A packet reached the endpoint's network interface. On the reply, the endpoint hands it back
     * to the service and the client; nothing in a VPC can open a connection to the endpoint itself
     * (traffic to it comes from the EC2 Instance Connect service only).
     */
    void arrive(Iface eni, Packet packet) {
        walk.at(packet);
        Optional<TunnelEntry> entry = tunnel().filter(t -> t.eni().equals(eni));
        if (walk.reply && entry.isPresent() && packet.dst().equals(eni.ip())) {
            Decision.Translation back =
                    new Decision.Translation(
                            Decision.AddressField.DST, eni.ip(), entry.get().client());
            walk.hop(Hop.builder(eni.owner()).check(Check.TRANSLATE).decided(back).build());
            walk.hop(entry.get().from());
            return;
        }
        walk.hop(eni.owner());
        walk.block(
                eni.owner(),
                ReasonCode.NO_INTERFACE_FOR_DESTINATION,
                null,
                List.of(),
                Message.of("reason.NO_INTERFACE_FOR_DESTINATION.instanceConnect", eni.owner()),
                Message.of("reason.NO_INTERFACE_FOR_DESTINATION.instanceConnectFix", eni.owner()));
    }

    /**
     * The reply of an instance to a connection that kept the client's address: the endpoint tracks
     * the connection, so the reply goes back through its network interface whatever the route to
     * the client's address [derived: AWS does not describe the return path; the lab treats it as it
     * treats a load balancer that preserves the client's address].
     */
    void replyPreserved(Iface target, Packet reply, TunnelEntry entry) {
        walk.at(reply);
        walk.hop(walk.vpc.instanceHop(target, false));
        if (!target.subnet().id().equals(entry.eni().subnet().id())
                && !walk.vpc.naclPasses(target.subnet(), reply, true)) {
            return;
        }
        if (!target.subnet().id().equals(entry.eni().subnet().id())
                && !walk.vpc.naclPasses(entry.eni().subnet(), reply, false)) {
            return;
        }
        walk.hop(entry.endpoint().id());
        walk.hop(entry.from());
    }

    /** Whether a packet of this protocol and port is one the endpoint tunnels. */
    static boolean tunnels(Protocol protocol, int port) {
        return protocol == Protocol.TCP && InstanceConnectEndpoint.PORTS.contains(port);
    }
}
