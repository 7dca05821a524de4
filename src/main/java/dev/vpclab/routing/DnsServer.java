package dev.vpclab.routing;

import dev.vpclab.net.IpAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Which resolver answered a DNS query: the Route 53 Resolver of a VPC (at the VPC's base address
 * plus two), reached directly or through a Resolver inbound endpoint; the Route 53 Resolver that
 * forwarded the query through an outbound endpoint by a forwarding rule; a resolver on premises; or
 * public DNS. {@link #text()} is the display form of the trace's {@code dns.resolver}.
 */
public sealed interface DnsServer {

    /** The VPC whose Route 53 Resolver looked the name up, if a Route 53 Resolver did. */
    Optional<String> vpc();

    /** The display form: {@code route53-resolver (vpc-main)}, {@code public DNS}, ... */
    String text();

    /** The Route 53 Resolver of a VPC, asked by a client in the VPC (R-DNS-1). */
    record VpcResolver(String vpcId) implements DnsServer {
        public VpcResolver {
            Objects.requireNonNull(vpcId, "vpcId");
        }

        @Override
        public Optional<String> vpc() {
            return Optional.of(vpcId);
        }

        @Override
        public String text() {
            return "route53-resolver (" + vpcId + ")";
        }
    }

    /**
     * A Resolver inbound endpoint: a resolver on premises forwarded the query to the endpoint's
     * address, and the Route 53 Resolver of the endpoint's VPC answered it.
     *
     * @param endpoint the inbound endpoint's id
     * @param vpcId the endpoint's VPC
     * @param forwarder the on-premises resolver that forwarded the query
     * @param address the endpoint address the query was sent to
     */
    record InboundEndpoint(String endpoint, String vpcId, String forwarder, IpAddress address)
            implements DnsServer {
        public InboundEndpoint {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(vpcId, "vpcId");
            Objects.requireNonNull(forwarder, "forwarder");
            Objects.requireNonNull(address, "address");
        }

        @Override
        public Optional<String> vpc() {
            return Optional.of(vpcId);
        }

        @Override
        public String text() {
            return forwarder + " -> " + endpoint + " (" + vpcId + ")";
        }
    }

    /**
     * The Route 53 Resolver of a VPC forwarded the query by a forwarding rule through an outbound
     * endpoint to a resolver on another network.
     *
     * @param vpcId the VPC the query came from
     * @param rule the forwarding rule
     * @param endpoint the outbound endpoint the query left through
     * @param target the target address of the rule the query was sent to
     * @param targetResolver the resolver at that address, if the lab has one
     */
    record OutboundForward(
            String vpcId,
            String rule,
            String endpoint,
            IpAddress target,
            Optional<String> targetResolver)
            implements DnsServer {
        public OutboundForward {
            Objects.requireNonNull(vpcId, "vpcId");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(targetResolver, "targetResolver");
        }

        @Override
        public Optional<String> vpc() {
            return Optional.of(vpcId);
        }

        @Override
        public String text() {
            return "route53-resolver ("
                    + vpcId
                    + ") -> "
                    + endpoint
                    + " -> "
                    + targetResolver.orElse(target.toString());
        }
    }

    /**
     * A resolver on premises that answered by itself (from its own zones, or recursively from
     * public DNS).
     *
     * @param resolver the on-premises resolver component, if the lab has one
     * @param forwardedTo the address it forwarded the query to, when no resolver answered there
     */
    record OnPremises(Optional<String> resolver, Optional<IpAddress> forwardedTo)
            implements DnsServer {
        public OnPremises {
            Objects.requireNonNull(resolver, "resolver");
            Objects.requireNonNull(forwardedTo, "forwardedTo");
        }

        /** The resolver of an on-premises network with no resolver of its own in the lab. */
        public static OnPremises unnamed() {
            return new OnPremises(Optional.empty(), Optional.empty());
        }

        @Override
        public Optional<String> vpc() {
            return Optional.empty();
        }

        @Override
        public String text() {
            return resolver.orElse("on-premises resolver");
        }
    }

    /** A public recursive resolver, as a host on the internet uses. */
    record PublicDns() implements DnsServer {
        @Override
        public Optional<String> vpc() {
            return Optional.empty();
        }

        @Override
        public String text() {
            return "public DNS";
        }
    }
}
