package dev.vpclab.reach;

import dev.vpclab.routing.ReasonCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The matrix as CSV (RFC 4180), one line per traced pair in the heatmap's order (grouped by VPC and
 * subnet), whatever is collapsed on screen: source, its VPC and subnet, destination, its VPC and
 * subnet, protocol, port, verdict, reason code, Reachability Analyzer code, the component that
 * stopped the packet and whether an edit changed the pair. Like the JSON output, the file is in
 * English whatever the app's language: it is data for other tools. A field that a spreadsheet would
 * run as a formula (starting with {@code = + - @}) is written with a leading apostrophe.
 */
public final class ReachCsv {
    /** The first line. */
    public static final String HEADER =
            "source,source_vpc,source_subnet,destination,destination_vpc,destination_subnet,"
                    + "protocol,port,verdict,reason,reachability_analyzer_code,blocked_at,changed";

    private ReachCsv() {}

    /** Writes every traced pair of {@code table}, rows and columns in the axes' order. */
    public static void write(
            ReachTable table,
            ReachAxis rows,
            ReachAxis columns,
            Optional<ReachDiff> diff,
            Appendable out) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(out, "out");
        ReachDiff d = diff.filter(x -> x.after() == table).orElse(null);
        String protocol = table.protocol().toString();
        String port = Integer.toString(table.port());
        try {
            out.append(HEADER).append("\r\n");
            for (int p = 0; p < rows.size(); p++) {
                int r = rows.index(p);
                String from = rows.members().get(p);
                String fromVpc = rows.vpcAt(p).orElse("");
                String fromSubnet = rows.subnetAt(p).orElse("");
                for (int q = 0; q < columns.size(); q++) {
                    int c = columns.index(q);
                    Optional<CellVerdict> v = table.verdict(r, c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    Optional<ReasonCode> reason = table.reason(r, c);
                    line(
                            out,
                            from,
                            fromVpc,
                            fromSubnet,
                            columns.members().get(q),
                            columns.vpcAt(q).orElse(""),
                            columns.subnetAt(q).orElse(""),
                            protocol,
                            port,
                            v.get().wireName(),
                            reason.map(ReasonCode::name).orElse(""),
                            reason.flatMap(ReasonCode::reachabilityAnalyzerCode).orElse(""),
                            table.blockedAt(r, c).orElse(""),
                            d == null ? "" : Boolean.toString(d.changed(r, c)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The matrix as one string (small labs and tests). */
    public static String of(
            ReachTable table, ReachAxis rows, ReachAxis columns, Optional<ReachDiff> diff) {
        StringBuilder b = new StringBuilder();
        write(table, rows, columns, diff, b);
        return b.toString();
    }

    private static void line(Appendable out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        out.append("\r\n");
    }

    /** A field quoted when it must be, and defused when a spreadsheet would evaluate it. */
    static String field(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
