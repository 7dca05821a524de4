package dev.vpclab.routing;

import dev.vpclab.model.Flow;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of tracing a flow: the verdict, the DNS resolution, the forward and return hops in the
 * order the packet met them, and where and why it was blocked. Like AWS Reachability Analyzer, an
 * unreachable flow is a result, never an exception. Built with the named factories {@link
 * #reachable(Flow, Optional, Optional, List, List, IpAddress)}, {@link #denied}, {@link
 * #blockedThere} and {@link #blockedBack}.
 *
 * @param verdict how the trace ended
 * @param authorization present for AWS service requests only
 */
public record Trace(
        Flow flow,
        Verdict verdict,
        Optional<Authorization> authorization,
        Optional<DnsResolution> dns,
        List<Hop> path,
        List<Hop> returnPath) {
    public Trace {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(dns, "dns");
        path = List.copyOf(path);
        returnPath = List.copyOf(returnPath);
    }

    /** Packets flowed both ways and any request was authorized. */
    public static Trace reachable(
            Flow flow,
            Optional<Authorization> authorization,
            Optional<DnsResolution> dns,
            List<Hop> path,
            List<Hop> returnPath,
            IpAddress sourceIpSeen) {
        return new Trace(
                flow, new Verdict.Reachable(sourceIpSeen), authorization, dns, path, returnPath);
    }

    /** Packets flowed both ways but a policy denied the request. */
    public static Trace denied(
            Flow flow,
            Optional<DnsResolution> dns,
            List<Hop> path,
            List<Hop> returnPath,
            BlockedAt at,
            IpAddress sourceIpSeen) {
        return new Trace(
                flow,
                new Verdict.Denied(at, sourceIpSeen),
                Optional.of(Authorization.DENIED),
                dns,
                path,
                returnPath);
    }

    /**
     * Stopped before anything was delivered (on the way there, by DNS, or an invalid flow): a
     * request's policies were not evaluated.
     */
    public static Trace blockedThere(
            Flow flow, Optional<DnsResolution> dns, List<Hop> path, BlockedAt at) {
        return new Trace(
                flow,
                new Verdict.Blocked(at, Optional.empty()),
                flow.request().isPresent()
                        ? Optional.of(Authorization.NOT_EVALUATED)
                        : Optional.empty(),
                dns,
                path,
                List.of());
    }

    /** Delivered, but the reply was stopped on the way back. */
    public static Trace blockedBack(
            Flow flow,
            Optional<Authorization> authorization,
            Optional<DnsResolution> dns,
            List<Hop> path,
            List<Hop> returnPath,
            BlockedAt at,
            IpAddress sourceIpSeen) {
        return new Trace(
                flow,
                new Verdict.Blocked(at, Optional.of(sourceIpSeen)),
                authorization,
                dns,
                path,
                returnPath);
    }

    /** Packets flow both ways and, for AWS service requests, the request is authorized. */
    public boolean reachable() {
        return verdict.reachable();
    }

    /** Packets flow both ways. */
    public boolean networkReachable() {
        return verdict.networkReachable();
    }

    /** Where and why the flow stopped; absent exactly when it is reachable. */
    public Optional<BlockedAt> blockedAt() {
        return verdict.blockedAt();
    }

    /** The source address the destination sees (after NAT or load balancing). */
    public Optional<IpAddress> sourceIpSeen() {
        return verdict.sourceIpSeen();
    }

    /** The ids of the components met on the way there, in order. */
    public List<String> pathIds() {
        return path.stream().map(Hop::id).toList();
    }
}
