package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a flow's destination name was resolved: by which resolver, with what answer, of which kind,
 * and which record or zone answered.
 *
 * @param resolver the resolver's display name ("route53-resolver (vpc-main)", "public DNS")
 * @param resolverVpc the VPC whose Route 53 Resolver answered; empty for a resolver outside AWS
 */
public record DnsResolution(
        String name,
        String resolver,
        boolean ok,
        List<IpAddress> answer,
        AnswerKind answerKind,
        Message via,
        Optional<String> resolverVpc) {
    public DnsResolution {
        Objects.requireNonNull(resolverVpc, "resolverVpc");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resolver, "resolver");
        answer = List.copyOf(answer);
        Objects.requireNonNull(answerKind, "answerKind");
        Objects.requireNonNull(via, "via");
    }

    /** A resolution by a resolver outside every VPC. */
    public DnsResolution(
            String name,
            String resolver,
            boolean ok,
            List<IpAddress> answer,
            AnswerKind answerKind,
            Message via) {
        this(name, resolver, ok, answer, answerKind, via, Optional.empty());
    }

    /** What kind of address the answer is. */
    public enum AnswerKind {
        PUBLIC_SERVICE_IP("publicServiceIp"),
        ENDPOINT_ENI_PRIVATE_IP("endpointEniPrivateIp"),
        OTHER("other"),
        NONE("none");

        private final String wireName;

        AnswerKind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        @Override
        public String toString() {
            return wireName;
        }
    }
}
