package dev.vpclab.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.model.Flow;
import dev.vpclab.routing.BlockedAt;
import dev.vpclab.routing.DnsResolution;
import dev.vpclab.routing.Hop;
import dev.vpclab.routing.LosingRoute;
import dev.vpclab.routing.Trace;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a {@link Trace} as the JSON object of the lab format (section 4 of lab-format.md, the
 * {@code hopFields} of the scenario conventions): the verdict, the DNS resolution, the forward and
 * return hops with only the fields that are present, where and why the flow was blocked, and the
 * source address the destination sees. Messages are rendered in English, so the output does not
 * depend on the machine's language.
 *
 * <p>A {@code flow} object (from, to, protocol, ...) comes first so that the lines of several
 * traces can be told apart; readers that compare with golden scenarios ignore it.
 */
public final class TraceJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TraceJson() {}

    /** The trace as a JSON tree, to print or to extend (for example with the file name). */
    public static ObjectNode toJson(Trace trace) {
        Objects.requireNonNull(trace, "trace");
        ObjectNode out = MAPPER.createObjectNode();
        out.set("flow", flow(trace.flow()));
        out.put("reachable", trace.reachable());
        out.put("networkReachable", trace.networkReachable());
        trace.authorization().ifPresent(a -> out.put("authorization", a.wireName()));
        trace.dns().ifPresent(d -> out.set("dns", dns(d)));
        out.set("path", hops(trace.path()));
        out.set("returnPath", hops(trace.returnPath()));
        trace.blockedAt().ifPresent(b -> out.set("blockedAt", blockedAt(b)));
        trace.sourceIpSeen().ifPresent(ip -> out.put("sourceIpSeen", ip.toString()));
        return out;
    }

    /** The trace as indented JSON, for people and files. */
    public static String toPrettyString(Trace trace) {
        try {
            return MAPPER.writer(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(toJson(trace));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The trace as one line of JSON, for JSON Lines output. */
    public static String toLine(Trace trace) {
        return toJson(trace).toString();
    }

    /** The flow: from, to, protocol, port and the optional details that were given. */
    public static ObjectNode flow(Flow flow) {
        Objects.requireNonNull(flow, "flow");
        ObjectNode out = MAPPER.createObjectNode();
        flow.name().ifPresent(n -> out.put("name", n));
        out.put("from", flow.from());
        out.put("to", flow.to());
        out.put("protocol", flow.protocol().toString());
        flow.port().ifPresent(p -> out.put("port", p));
        out.put("ipVersion", flow.ipVersion().number());
        flow.sourcePort().ifPresent(p -> out.put("sourcePort", p));
        flow.icmpType().ifPresent(t -> out.put("icmpType", t));
        flow.request()
                .ifPresent(
                        r -> {
                            ObjectNode request = out.putObject("request");
                            request.put("action", r.action());
                            request.put("resource", r.resource());
                        });
        flow.via().ifPresent(v -> out.put("via", v));
        return out;
    }

    private static ObjectNode dns(DnsResolution d) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("name", d.name());
        out.put("resolver", d.resolver());
        out.put("status", d.ok() ? "ok" : "failed");
        ArrayNode answer = out.putArray("answer");
        d.answer().forEach(ip -> answer.add(ip.toString()));
        out.put("answerKind", d.answerKind().wireName());
        out.put("via", d.via().english());
        return out;
    }

    private static ArrayNode hops(List<Hop> hops) {
        ArrayNode out = MAPPER.createArrayNode();
        hops.forEach(h -> out.add(hop(h)));
        return out;
    }

    private static ObjectNode hop(Hop h) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("id", h.id());
        h.check().ifPresent(c -> out.put("check", c.wireName()));
        put(out, "matched", h.matched());
        h.note().ifPresent(n -> out.put("note", n.english()));
        put(out, "subnet", h.subnet());
        put(out, "origin", h.origin());
        put(out, "via", h.via());
        put(out, "eni", h.eni());
        put(out, "ip", h.ip());
        put(out, "node", h.node());
        put(out, "azId", h.azId());
        if (!h.notChosen().isEmpty()) {
            ArrayNode lost = out.putArray("notChosen");
            h.notChosen().forEach(r -> lost.add(losing(r)));
        }
        put(out, "routeTable", h.routeTable());
        put(out, "translate", h.translate());
        if (!h.requestContext().isEmpty()) {
            ObjectNode context = out.putObject("requestContext");
            h.requestContext()
                    .forEach(
                            (key, value) -> {
                                if (value.isPresent()) {
                                    context.put(key, value.get());
                                } else {
                                    context.putNull(key); // the key is absent from the request
                                }
                            });
        }
        return out;
    }

    /** {@code route (why)}, the form golden scenarios use. */
    private static String losing(LosingRoute r) {
        return r.route() + " (" + r.why().english() + ")";
    }

    private static ObjectNode blockedAt(BlockedAt b) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("component", b.component());
        out.put("reason", b.reason().name());
        out.put("leg", b.leg().toString());
        out.put("layer", b.layer().toString());
        put(out, "matched", b.matched());
        ArrayNode related = out.putArray("related");
        b.related().forEach(related::add);
        out.put("detail", b.detail().english());
        out.put("fix", b.fix().english());
        b.reason()
                .reachabilityAnalyzerCode()
                .ifPresent(code -> out.put("reachabilityAnalyzerCode", code));
        b.packet()
                .ifPresent(
                        p -> {
                            ObjectNode packet = out.putObject("packet");
                            packet.put("protocol", p.protocol().toString());
                            packet.put("src", p.src().toString());
                            packet.put("dst", p.dst().toString());
                            packet.put("srcPort", p.srcPort());
                            packet.put("dstPort", p.dstPort());
                        });
        return out;
    }

    private static void put(ObjectNode out, String field, Optional<String> value) {
        value.ifPresent(v -> out.put(field, v));
    }
}
