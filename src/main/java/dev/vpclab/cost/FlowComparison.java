package dev.vpclab.cost;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import dev.vpclab.net.IpAddress;
import dev.vpclab.routing.Hop;
import dev.vpclab.routing.Trace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Two flows side by side (for example the same request via a NAT gateway and via a gateway
 * endpoint): the components only one of them passes, the source address each destination sees, and
 * what each costs for the same volume.
 *
 * @param costDifference the second's total minus the first's, per month
 */
public record FlowComparison(
        FlowCost first,
        FlowCost second,
        List<String> onlyInFirst,
        List<String> onlyInSecond,
        Optional<IpAddress> sourceSeenByFirst,
        Optional<IpAddress> sourceSeenBySecond,
        BigDecimal costDifference) {
    public FlowComparison {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        onlyInFirst = List.copyOf(onlyInFirst);
        onlyInSecond = List.copyOf(onlyInSecond);
        Objects.requireNonNull(sourceSeenByFirst, "sourceSeenByFirst");
        Objects.requireNonNull(sourceSeenBySecond, "sourceSeenBySecond");
        Objects.requireNonNull(costDifference, "costDifference");
    }

    /** Compares two traced flows (each in its own lab, which may be the same), for one volume. */
    public static FlowComparison of(
            Lab firstLab,
            Trace first,
            Lab secondLab,
            Trace second,
            BigDecimal gbPerMonth,
            Prices prices) {
        FlowCost a = FlowCost.of(firstLab, first, gbPerMonth, prices);
        FlowCost b = FlowCost.of(secondLab, second, gbPerMonth, prices);
        Set<String> ia = ids(first);
        Set<String> ib = ids(second);
        List<String> onlyA = new ArrayList<>(ia);
        onlyA.removeAll(ib);
        List<String> onlyB = new ArrayList<>(ib);
        onlyB.removeAll(ia);
        return new FlowComparison(
                a,
                b,
                onlyA,
                onlyB,
                first.sourceIpSeen(),
                second.sourceIpSeen(),
                b.total().subtract(a.total()));
    }

    /** The lines a person reads: what differs in path, source address and cost. */
    public List<Message> summary() {
        List<Message> out = new ArrayList<>();
        if (!onlyInFirst.isEmpty()) {
            out.add(Message.of("cost.compare.onlyFirst", String.join(", ", onlyInFirst)));
        }
        if (!onlyInSecond.isEmpty()) {
            out.add(Message.of("cost.compare.onlySecond", String.join(", ", onlyInSecond)));
        }
        out.add(seen("cost.compare.seenFirst", sourceSeenByFirst));
        out.add(seen("cost.compare.seenSecond", sourceSeenBySecond));
        out.add(
                Message.of(
                        "cost.compare.difference",
                        costDifference
                                .setScale(2, java.math.RoundingMode.HALF_UP)
                                .toPlainString()));
        return out;
    }

    private static Message seen(String key, Optional<IpAddress> ip) {
        return ip.map(a -> Message.of(key, a)).orElse(Message.of(key + ".none"));
    }

    private static Set<String> ids(Trace t) {
        Set<String> ids = new LinkedHashSet<>();
        t.path().stream().map(Hop::id).forEach(ids::add);
        t.returnPath().stream().map(Hop::id).forEach(ids::add);
        return ids;
    }
}
