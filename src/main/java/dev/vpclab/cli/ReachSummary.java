package dev.vpclab.cli;

import dev.vpclab.i18n.Message;
import dev.vpclab.routing.ReachabilityMatrix;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The VPC x VPC table of {@code reach --summary}: for each source VPC and destination VPC, how many
 * pairs are reachable and how many blocked. Counts only, so any lab size fits in memory.
 */
final class ReachSummary {
    private final Placement placement;
    private final Map<String, Map<String, int[]>> counts = new TreeMap<>();
    private String lastFrom;
    private Map<String, int[]> lastRow;

    ReachSummary(Placement placement) {
        this.placement = placement;
    }

    void add(ReachabilityMatrix.Cell cell) {
        add(cell.from(), cell.to(), cell.reachable());
    }

    /** Counts one pair (cells come row by row, so the source's row is looked up once a row). */
    void add(String fromId, String toId, boolean reachable) {
        if (!fromId.equals(lastFrom)) {
            lastFrom = fromId;
            lastRow = counts.computeIfAbsent(placement.vpc(fromId), k -> new TreeMap<>());
        }
        int[] c = lastRow.computeIfAbsent(placement.vpc(toId), k -> new int[2]);
        c[reachable ? 0 : 1]++;
    }

    /** One row per source VPC, one column per destination VPC, each "reachable/blocked". */
    void print(PrintWriter out, Function<Message, String> text) {
        out.println(text.apply(Message.of("cli.reach.summaryHeading")));
        TreeSet<String> columns = new TreeSet<>();
        counts.values().forEach(row -> columns.addAll(row.keySet()));
        int width = 14;
        for (String c : columns) {
            width = Math.max(width, c.length());
        }
        for (Map<String, int[]> row : counts.values()) {
            for (int[] c : row.values()) {
                width = Math.max(width, (c[0] + "/" + c[1]).length());
            }
        }
        String cellFormat = "  %-" + width + "s";
        StringBuilder head =
                new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "FROM \\ TO"));
        columns.forEach(c -> head.append(String.format(Locale.ROOT, cellFormat, c)));
        out.println(head);
        for (Map.Entry<String, Map<String, int[]>> row : counts.entrySet()) {
            StringBuilder line =
                    new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", row.getKey()));
            for (String c : columns) {
                int[] n = row.getValue().get(c);
                line.append(
                        String.format(
                                Locale.ROOT, cellFormat, n == null ? "-" : n[0] + "/" + n[1]));
            }
            out.println(line);
        }
    }
}
