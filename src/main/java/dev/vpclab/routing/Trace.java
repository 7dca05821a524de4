package dev.vpclab.routing;

import dev.vpclab.model.Flow;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of tracing a flow: the verdict, the DNS resolution, the forward and return hops in the
 * order the packet met them, and where and why it was blocked. Like AWS Reachability Analyzer, an
 * unreachable flow is a result, never an exception.
 *
 * @param reachable packets flow both ways and, for AWS service requests, the request is authorized
 * @param networkReachable packets flow both ways
 * @param authorization present for AWS service requests only
 * @param sourceIpSeen the source address the destination sees (after NAT or load balancing)
 */
public record Trace(
        Flow flow,
        boolean reachable,
        boolean networkReachable,
        Optional<Authorization> authorization,
        Optional<DnsResolution> dns,
        List<Hop> path,
        List<Hop> returnPath,
        Optional<BlockedAt> blockedAt,
        Optional<IpAddress> sourceIpSeen) {
    public Trace {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(dns, "dns");
        path = List.copyOf(path);
        returnPath = List.copyOf(returnPath);
        Objects.requireNonNull(blockedAt, "blockedAt");
        Objects.requireNonNull(sourceIpSeen, "sourceIpSeen");
        if (reachable == blockedAt.isPresent()) {
            throw new IllegalArgumentException(
                    "a trace is blocked exactly when it is not reachable");
        }
    }

    /** The ids of the components met on the way there, in order. */
    public List<String> pathIds() {
        return path.stream().map(Hop::id).toList();
    }
}
