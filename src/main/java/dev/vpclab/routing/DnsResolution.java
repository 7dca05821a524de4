package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a flow's destination name was resolved, as typed parts: which resolver answered ({@link
 * DnsServer}), by which Route 53 Resolver rule, from which zone, with which records, and why
 * ({@link DnsReason}). The display forms ({@link #resolver()}, {@link #via()}) are derived from
 * them; nothing reads them back.
 *
 * @param server the resolver that answered (or failed to)
 * @param zone the zone that answered, if one did
 * @param rule the Route 53 Resolver rule that decided where the query went, if one matched
 * @param records the records of the answer
 * @param reason why the answer is what it is
 * @param notInEffect a zone that covers the name but does not serve this client (R-IF-9)
 */
public record DnsResolution(
        String name,
        boolean ok,
        List<IpAddress> answer,
        AnswerKind answerKind,
        DnsServer server,
        Optional<DnsZone> zone,
        Optional<String> rule,
        List<DnsRecord> records,
        DnsReason reason,
        Optional<DnsZone> notInEffect) {
    public DnsResolution {
        Objects.requireNonNull(name, "name");
        answer = List.copyOf(answer);
        Objects.requireNonNull(answerKind, "answerKind");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(rule, "rule");
        records = List.copyOf(records);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(notInEffect, "notInEffect");
    }

    /** A failed resolution: no answer, no zone, no record. */
    public static DnsResolution failed(
            String name, DnsServer server, Optional<String> rule, DnsReason reason) {
        return new DnsResolution(
                name,
                false,
                List.of(),
                AnswerKind.NONE,
                server,
                Optional.empty(),
                rule,
                List.of(),
                reason,
                Optional.empty());
    }

    /** The resolver's display name ("route53-resolver (vpc-main)", "public DNS"). */
    public String resolver() {
        return server.text();
    }

    /** The VPC whose Route 53 Resolver answered; empty for a resolver outside AWS. */
    public Optional<String> resolverVpc() {
        return server.vpc();
    }

    /** The same resolution with another server (the path the query took to the answer). */
    public DnsResolution through(DnsServer other) {
        return new DnsResolution(
                name, ok, answer, answerKind, other, zone, rule, records, reason, notInEffect);
    }

    /** The same resolution with the rule that sent the query where it was answered. */
    public DnsResolution byRule(String ruleId) {
        return new DnsResolution(
                name,
                ok,
                answer,
                answerKind,
                server,
                zone,
                Optional.of(ruleId),
                records,
                reason,
                notInEffect);
    }

    /**
     * Which record or zone answered, in words: derived from the reason, the zone and the server (a
     * query that went through an inbound endpoint or a forwarding rule says so first).
     */
    public Message via() {
        Message why = reasonText();
        if (server instanceof DnsServer.InboundEndpoint in
                && reason != DnsReason.INBOUND_SG_REFUSES) {
            return Message.of(
                    "dns.via.throughInbound", in.forwarder(), in.endpoint(), in.vpcId(), why);
        }
        if (server instanceof DnsServer.OutboundForward out) {
            return Message.of(
                    "dns.via.throughRule",
                    out.rule(),
                    out.endpoint(),
                    out.targetResolver().orElse(out.target().toString()),
                    why);
        }
        return why;
    }

    private Message reasonText() {
        String key = reason.key();
        String zoneId = zone.map(DnsZone::id).orElse("");
        String zoneName = zone.map(DnsZone::domain).orElse("");
        String vpc = server.vpc().orElse("");
        return switch (reason) {
            case DNS_SUPPORT_OFF, PUBLIC_NO_PRIVATE_ZONE -> Message.of(key, vpc);
            case ENDPOINT_PRIVATE_DNS -> Message.of(key, zoneId);
            case PUBLIC_OTHER_VPC_ZONE ->
                    Message.of(
                            key,
                            notInEffect.map(DnsZone::id).orElse(""),
                            notInEffect.map(z -> String.join(", ", z.vpcs())).orElse(""));
            case NO_A_RECORD -> Message.of(key, "A");
            case NO_AAAA_RECORD -> Message.of(key, "AAAA");
            case HOSTED_ZONE_RECORD, HOSTED_ZONE_NO_RECORD, ON_PREMISES_RECORD ->
                    Message.of(key, zoneId, zoneName);
            case FORWARD_UNANSWERED ->
                    Message.of(key, forwardTarget().map(IpAddress::toString).orElse(""));
            case FORWARD_NO_OUTBOUND -> Message.of(key, rule.orElse(""));
            case INBOUND_SG_REFUSES ->
                    server instanceof DnsServer.InboundEndpoint in
                            ? Message.of(key, in.endpoint(), in.forwarder())
                            : Message.of(key, "", "");
            case ENDPOINT_SPECIFIC_NAME, PUBLIC_DUAL_STACK, PUBLIC, INBOUND_ONLY, NXDOMAIN ->
                    Message.of(key);
        };
    }

    private Optional<IpAddress> forwardTarget() {
        if (server instanceof DnsServer.OutboundForward out) {
            return Optional.of(out.target());
        }
        if (server instanceof DnsServer.OnPremises on) {
            return on.forwardedTo();
        }
        return Optional.empty();
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
