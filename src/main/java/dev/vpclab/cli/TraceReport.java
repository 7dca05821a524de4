package dev.vpclab.cli;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Flow;
import dev.vpclab.net.IpAddress;
import dev.vpclab.routing.BlockedAt;
import dev.vpclab.routing.DnsResolution;
import dev.vpclab.routing.Hop;
import dev.vpclab.routing.LosingRoute;
import dev.vpclab.routing.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A trace as plain text that reads like a lesson: the flow, the DNS answer first, then each hop
 * numbered with what was checked and what decided, the routes that lost and why, and the verdict
 * with the fix. Every sentence is a {@link Message}, so the report can be shown in any language of
 * the core bundles.
 */
public final class TraceReport {
    private static final String INDENT = "      ";

    /** Indents the lines under a heading (properties files drop leading blanks of values). */
    private static final String LEAD = "   ";

    private final Locale locale;

    private TraceReport(Locale locale) {
        this.locale = locale;
    }

    /** The report in English. */
    public static String render(Trace trace) {
        return render(trace, Locale.ROOT);
    }

    /** The report in a language of the core bundles (falls back to English). */
    public static String render(Trace trace, Locale locale) {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(locale, "locale");
        return new TraceReport(locale).write(trace);
    }

    private String write(Trace trace) {
        List<String> lines = new ArrayList<>();
        flow(trace.flow(), lines);
        trace.dns().ifPresent(d -> dns(d, lines));
        lines.add("");
        lines.add(text("report.path"));
        hops(trace.path(), lines);
        if (!trace.returnPath().isEmpty()) {
            lines.add("");
            lines.add(text("report.returnPath"));
            hops(trace.returnPath(), lines);
        }
        lines.add("");
        verdict(trace, lines);
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    private void flow(Flow flow, List<String> lines) {
        String traffic =
                flow.port().isPresent()
                        ? text("report.flow.ports", flow.protocol(), flow.port().get())
                        : text("report.flow.noPort", flow.protocol());
        String family = "IPv" + flow.ipVersion().number();
        lines.add(
                flow.name().map(n -> n + ": ").orElse("")
                        + text("report.flow", flow.from(), flow.to(), traffic + ", " + family));
        flow.request()
                .ifPresent(r -> lines.add(text("report.flow.request", r.action(), r.resource())));
    }

    private void dns(DnsResolution d, List<String> lines) {
        if (d.ok()) {
            String answer =
                    d.answer().stream().map(IpAddress::toString).collect(Collectors.joining(", "));
            lines.add(
                    text(
                            "report.dns.ok",
                            d.name(),
                            d.resolver(),
                            answer,
                            text("report.answerKind." + d.answerKind().wireName())));
        } else {
            lines.add(text("report.dns.failed", d.name(), d.resolver()));
        }
        lines.add(LEAD + text("report.dns.via", d.via().render(locale)));
    }

    private void hops(List<Hop> hops, List<String> lines) {
        if (hops.isEmpty()) {
            lines.add(LEAD + text("report.path.empty"));
        }
        int number = 1;
        for (Hop hop : hops) {
            lines.add(String.format(Locale.ROOT, "%3d. %s  %s", number++, hop.id(), check(hop)));
            details(hop, lines);
        }
    }

    /** What was checked and what decided, or "passes" for a hop with no check. */
    private String check(Hop hop) {
        if (hop.check().isEmpty()) {
            return hop.matched().orElse(text("report.hop.passes"));
        }
        String what = text("report.check." + hop.check().get().wireName());
        return hop.matched()
                .map(m -> text("report.hop.checked", what, m))
                .orElse(text("report.hop.checkedNoMatch", what));
    }

    private void details(Hop hop, List<String> lines) {
        detail(lines, hop.subnet(), s -> text("report.detail.subnet", s));
        detail(lines, hop.via(), v -> text("report.detail.via", v));
        detail(lines, hop.origin(), o -> text("report.detail.origin", o));
        if (hop.eni().isPresent()) {
            lines.add(INDENT + text("report.detail.eni", hop.eni().get(), hop.ip().orElse("?")));
        } else {
            detail(lines, hop.ip(), ip -> ip);
        }
        if (hop.node().isPresent()) {
            lines.add(
                    INDENT + text("report.detail.node", hop.node().get(), hop.azId().orElse("?")));
        }
        detail(lines, hop.routeTable(), t -> text("report.detail.routeTable", t));
        detail(lines, hop.translate(), t -> text("report.detail.translate", t));
        for (LosingRoute lost : hop.notChosen()) {
            lines.add(
                    INDENT
                            + text(
                                    "report.detail.notChosen",
                                    lost.route(),
                                    lost.why().render(locale)));
        }
        if (!hop.requestContext().isEmpty()) {
            lines.add(INDENT + text("report.detail.requestContext", context(hop)));
        }
        hop.note().ifPresent(n -> lines.add(INDENT + text("report.detail.note", n.render(locale))));
    }

    private String context(Hop hop) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, Optional<String>> e : hop.requestContext().entrySet()) {
            pairs.add(e.getKey() + "=" + e.getValue().orElse(text("report.detail.absent")));
        }
        return String.join(", ", pairs);
    }

    private void detail(
            List<String> lines,
            Optional<String> value,
            java.util.function.Function<String, String> sentence) {
        value.ifPresent(v -> lines.add(INDENT + sentence.apply(v)));
    }

    private void verdict(Trace trace, List<String> lines) {
        if (trace.reachable()) {
            lines.add(
                    text(
                            trace.authorization().isPresent()
                                    ? "report.verdict.authorized"
                                    : "report.verdict.reachable"));
        } else {
            BlockedAt b = trace.blockedAt().orElseThrow();
            lines.add(
                    text(
                            "report.verdict.blocked",
                            b.component(),
                            text("report.leg." + b.leg()),
                            text("report.layer." + b.layer()),
                            b.reason().name()));
            b.matched().ifPresent(m -> lines.add(LEAD + text("report.blocked.matched", m)));
            if (!b.related().isEmpty()) {
                lines.add(LEAD + text("report.blocked.related", String.join(", ", b.related())));
            }
            lines.add(LEAD + text("report.blocked.detail", b.detail().render(locale)));
            lines.add(LEAD + text("report.blocked.fix", b.fix().render(locale)));
            b.reason()
                    .reachabilityAnalyzerCode()
                    .ifPresent(code -> lines.add(LEAD + text("report.blocked.analyzerCode", code)));
        }
        trace.authorization()
                .ifPresent(
                        a ->
                                lines.add(
                                        text(
                                                "report.verdict.authorization",
                                                text("report.authorization." + a.wireName()))));
        trace.sourceIpSeen().ifPresent(ip -> lines.add(text("report.verdict.sourceIpSeen", ip)));
    }

    private String text(String key, Object... args) {
        return Message.of(key, args).render(locale);
    }
}
