package dev.vpclab.routing;

import dev.vpclab.net.IpAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * How a trace ended, as one of three named outcomes instead of a pair of booleans that could
 * disagree: the packets flowed both ways and any request was authorized; the packets flowed but a
 * policy denied the request; or a packet was stopped on its way.
 */
public sealed interface Verdict {

    /** Whether packets flow both ways and, for AWS service requests, the request is authorized. */
    boolean reachable();

    /** Whether packets flow both ways. */
    boolean networkReachable();

    /** Where and why the flow stopped; absent exactly when the flow is reachable. */
    Optional<BlockedAt> blockedAt();

    /** The source address the destination sees (after NAT or load balancing), once delivered. */
    Optional<IpAddress> sourceIpSeen();

    /** Packets flowed both ways; the destination saw the request from {@code sourceIpSeen}. */
    record Reachable(IpAddress seenAs) implements Verdict {
        public Reachable {
            Objects.requireNonNull(seenAs, "seenAs");
        }

        @Override
        public boolean reachable() {
            return true;
        }

        @Override
        public boolean networkReachable() {
            return true;
        }

        @Override
        public Optional<BlockedAt> blockedAt() {
            return Optional.empty();
        }

        @Override
        public Optional<IpAddress> sourceIpSeen() {
            return Optional.of(seenAs);
        }
    }

    /** Packets flowed both ways, but an endpoint or resource policy denied the request. */
    record Denied(BlockedAt at, IpAddress seenAs) implements Verdict {
        public Denied {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(seenAs, "seenAs");
        }

        @Override
        public boolean reachable() {
            return false;
        }

        @Override
        public boolean networkReachable() {
            return true;
        }

        @Override
        public Optional<BlockedAt> blockedAt() {
            return Optional.of(at);
        }

        @Override
        public Optional<IpAddress> sourceIpSeen() {
            return Optional.of(seenAs);
        }
    }

    /**
     * A packet was stopped: on the way there (nothing was delivered, so no source was seen), or on
     * the way back (the destination saw the request from {@code seenAs}).
     */
    record Blocked(BlockedAt at, Optional<IpAddress> seenAs) implements Verdict {
        public Blocked {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(seenAs, "seenAs");
        }

        @Override
        public boolean reachable() {
            return false;
        }

        @Override
        public boolean networkReachable() {
            return false;
        }

        @Override
        public Optional<BlockedAt> blockedAt() {
            return Optional.of(at);
        }

        @Override
        public Optional<IpAddress> sourceIpSeen() {
            return seenAs;
        }
    }
}
