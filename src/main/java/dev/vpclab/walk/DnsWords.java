package dev.vpclab.walk;

import dev.vpclab.i18n.Message;
import dev.vpclab.net.IpAddress;
import dev.vpclab.routing.DnsRecord;
import dev.vpclab.routing.DnsResolution;
import dev.vpclab.routing.DnsServer;
import dev.vpclab.routing.DnsZone;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The DNS step in words, from the typed answer ({@link DnsResolution}): which resolver answered, by
 * which Resolver rule, from which zone, with which records. Never from the display text.
 */
public final class DnsWords {
    private DnsWords() {}

    /** The lines of a DNS answer card: resolver, rule, zone, records. */
    public static List<Message> details(DnsResolution d) {
        List<Message> out = new ArrayList<>();
        out.add(Message.of("walk.dns.resolver", server(d.server())));
        d.rule().ifPresent(r -> out.add(Message.of("walk.dns.rule", r)));
        d.zone().ifPresent(z -> out.add(zone(z)));
        for (DnsRecord r : d.records()) {
            out.add(record(r));
        }
        return List.copyOf(out);
    }

    /** Who answered: "the Route 53 Resolver of vpc-main", "public DNS", ... */
    public static Message server(DnsServer s) {
        if (s instanceof DnsServer.VpcResolver v) {
            return Message.of("walk.dns.server.vpc", v.vpcId());
        }
        if (s instanceof DnsServer.InboundEndpoint in) {
            return Message.of("walk.dns.server.inbound", in.forwarder(), in.endpoint(), in.vpcId());
        }
        if (s instanceof DnsServer.OutboundForward out) {
            return Message.of(
                    "walk.dns.server.outbound",
                    out.vpcId(),
                    out.rule(),
                    out.endpoint(),
                    out.targetResolver().orElse(out.target().toString()));
        }
        if (s instanceof DnsServer.OnPremises on) {
            return on.resolver()
                    .map(r -> Message.of("walk.dns.server.onPremises", r))
                    .orElseGet(() -> Message.of("walk.dns.server.onPremisesUnnamed"));
        }
        return Message.of("walk.dns.server.public");
    }

    /** Which zone answered. */
    public static Message zone(DnsZone z) {
        return switch (z.kind()) {
            case PRIVATE_HOSTED_ZONE -> Message.of("walk.dns.zone.hosted", z.id(), z.domain());
            case ENDPOINT_PRIVATE_DNS -> Message.of("walk.dns.zone.endpointPrivate", z.id());
            case ENDPOINT_SPECIFIC_NAME ->
                    Message.of("walk.dns.zone.endpointSpecific", z.id(), z.domain());
            case PUBLIC -> Message.of("walk.dns.zone.public", z.id());
            case ON_PREMISES -> Message.of("walk.dns.zone.onPremises", z.id(), z.domain());
        };
    }

    /** One record: "A my-bucket.s3... 54.123.170.20", or an alias to an endpoint. */
    public static Message record(DnsRecord r) {
        String values =
                r.values().stream().map(IpAddress::toString).collect(Collectors.joining(", "));
        return r.aliasTarget()
                .map(t -> Message.of("walk.dns.record.alias", r.name(), t, values))
                .orElseGet(() -> Message.of("walk.dns.record", r.type().name(), r.name(), values));
    }
}
