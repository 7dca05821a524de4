package dev.vpclab.model;

import dev.vpclab.net.IpAddress;
import dev.vpclab.net.Protocol;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Network Load Balancer: one node per enabled subnet, listeners that forward to target groups,
 * optional security groups and cross-zone load balancing.
 */
public record NetworkLoadBalancer(
        String id,
        String vpc,
        String scheme,
        List<String> subnets,
        List<Node> nodes,
        boolean crossZone,
        List<String> securityGroups,
        List<Listener> listeners,
        List<TargetGroup> targetGroups)
        implements Component {
    public NetworkLoadBalancer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vpc, "vpc");
        Objects.requireNonNull(scheme, "scheme");
        subnets = List.copyOf(subnets);
        nodes = List.copyOf(nodes);
        securityGroups = List.copyOf(securityGroups);
        listeners = List.copyOf(listeners);
        targetGroups = List.copyOf(targetGroups);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.NLB;
    }

    /** The load balancer's node (network interface) in one subnet. */
    public record Node(String subnet, String azId, IpAddress ip) {
        public Node {
            Objects.requireNonNull(subnet, "subnet");
            Objects.requireNonNull(azId, "azId");
            Objects.requireNonNull(ip, "ip");
        }
    }

    /** A listener: protocol and port, forwarding to a target group. */
    public record Listener(Protocol protocol, int port, String targetGroup) {
        public Listener {
            Objects.requireNonNull(protocol, "protocol");
            Objects.requireNonNull(targetGroup, "targetGroup");
        }
    }

    /**
     * A target group: the protocol and port traffic is sent to, its targets, their type ({@code
     * instance} or {@code ip}; when not given, {@code ip} if the targets are addresses) and the
     * {@code preserve_client_ip.enabled} attribute, if set.
     */
    public record TargetGroup(
            String id,
            Protocol protocol,
            int port,
            List<Target> targets,
            Optional<String> targetType,
            Optional<Boolean> preserveClientIp) {

        /** The target types of the ELB API. */
        public static final List<String> TARGET_TYPES = List.of("instance", "ip");

        public TargetGroup {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(protocol, "protocol");
            targets = List.copyOf(targets);
            Objects.requireNonNull(targetType, "targetType");
            Objects.requireNonNull(preserveClientIp, "preserveClientIp");
        }

        /** A group with the default target type and attributes. */
        public TargetGroup(String id, Protocol protocol, int port, List<Target> targets) {
            this(id, protocol, port, targets, Optional.empty(), Optional.empty());
        }

        /** The same group with other targets (type and attributes kept). */
        public TargetGroup withTargets(String newId, List<Target> newTargets) {
            return new TargetGroup(newId, protocol, port, newTargets, targetType, preserveClientIp);
        }

        /** The target type: as given, else {@code ip} when the targets are addresses. */
        public String effectiveTargetType() {
            return targetType.orElseGet(
                    () ->
                            !targets.isEmpty()
                                            && targets.stream()
                                                    .allMatch(
                                                            t ->
                                                                    IpAddress.tryParse(t.id())
                                                                            .isPresent())
                                    ? "ip"
                                    : "instance");
        }

        /**
         * Whether targets see the client's address (client IP preservation): the attribute if set,
         * else AWS's default, on for instance targets and for UDP, off for ip targets over TCP or
         * TLS. PrivateLink traffic never keeps it (see {@code LoadBalancing}). AWS:
         * https://docs.aws.amazon.com/elasticloadbalancing/latest/network/edit-target-group-attributes.html
         */
        public boolean preservesClientIp() {
            return preserveClientIp.orElse(
                    effectiveTargetType().equals("instance") || protocol == Protocol.UDP);
        }
    }

    /** A registered target: an instance id and the port it listens on. */
    public record Target(String id, int port) {
        public Target {
            Objects.requireNonNull(id, "id");
        }
    }
}
