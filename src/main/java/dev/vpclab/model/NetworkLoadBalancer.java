package dev.vpclab.model;

import dev.vpclab.net.IpAddress;
import dev.vpclab.net.Protocol;
import java.util.List;
import java.util.Objects;

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

    /** A target group: the protocol and port traffic is sent to, and its targets. */
    public record TargetGroup(String id, Protocol protocol, int port, List<Target> targets) {
        public TargetGroup {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(protocol, "protocol");
            targets = List.copyOf(targets);
        }
    }

    /** A registered target: an instance id and the port it listens on. */
    public record Target(String id, int port) {
        public Target {
            Objects.requireNonNull(id, "id");
        }
    }
}
