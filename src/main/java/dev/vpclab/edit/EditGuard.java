package dev.vpclab.edit;

import dev.vpclab.check.LabChecker;
import dev.vpclab.check.Problem;
import dev.vpclab.model.Lab;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rule every edit follows: it leaves a lab with no check error the lab did not have before
 * (warnings are fine). The rules are the checker's, the same the file reader applies on open, so an
 * edit the app allows always gives a lab that saves, reopens and checks as before. Among them: a
 * route target of a kind that cannot take routes, or a transit gateway the VPC is not attached to
 * (R-TGW-1); a route or security group rule naming a prefix list that does not exist (R-PL-4); a
 * second internet gateway or virtual private gateway on a VPC (one of each per VPC,
 * ConnectionCheck); a duplicate peering between two VPCs (R-PEER-5) or one between overlapping
 * CIDRs (R-PEER-2); an endpoint service on a load balancer another service uses (R-ES-1); a second
 * gateway endpoint route for one service in a table (R-GW-4); an address used twice in a VPC. An
 * edit that would add such an error is refused with the checker's words.
 *
 * <p>Errors are compared by code and field path without list positions (not by component id or
 * position), so that a rename or a deleted route does not make an error the lab already had count
 * as new.
 */
public final class EditGuard {
    private EditGuard() {}

    // The errors of the last lab asked about: the current lab is the "before" of every gesture.
    private record Counted(Lab lab, Map<String, Integer> counts) {}

    private static volatile Counted last;

    /** The attempt, or a refusal when the allowed edit would give the lab a new error. */
    public static EditAttempt guard(Lab before, EditAttempt attempt) {
        Objects.requireNonNull(before, "before");
        if (!(attempt instanceof EditAttempt.Allowed allowed)) {
            return attempt;
        }
        List<Problem> added = newErrors(before, allowed.edit().apply(before));
        if (added.isEmpty()) {
            return attempt;
        }
        return EditAttempt.refused("edit.refused.newError", added.get(0).message());
    }

    /** The errors of {@code after} that {@code before} did not have, in the checker's order. */
    public static List<Problem> newErrors(Lab before, Lab after) {
        Map<String, Integer> left = new HashMap<>(counts(before));
        List<Problem> added = new ArrayList<>();
        for (Problem p : LabChecker.check(after)) {
            if (!p.isError()) {
                continue;
            }
            String key = key(p);
            int n = left.getOrDefault(key, 0);
            if (n > 0) {
                left.put(key, n - 1);
            } else {
                added.add(p);
            }
        }
        return added;
    }

    private static Map<String, Integer> counts(Lab lab) {
        Counted c = last;
        if (c != null && c.lab() == lab) {
            return c.counts();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Problem p : LabChecker.check(lab)) {
            if (p.isError()) {
                counts.merge(key(p), 1, Integer::sum);
            }
        }
        last = new Counted(lab, Map.copyOf(counts));
        return counts;
    }

    private static String key(Problem p) {
        return p.code() + '\n' + p.field().orElse("").replaceAll("\\[\\d+]", "[]");
    }
}
