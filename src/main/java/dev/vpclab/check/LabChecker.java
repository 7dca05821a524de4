package dev.vpclab.check;

import dev.vpclab.model.Lab;
import java.util.List;

/**
 * Checks the meaning of a lab: what AWS would refuse or what cannot work (dangling references,
 * CIDRs outside their VPC, overlaps, the lab format's {@code validationCodes}). The problems name
 * the component and field; the file reader adds the line and column.
 */
public final class LabChecker {
    private LabChecker() {}

    /** Every problem of the lab, errors and warnings, in component order. */
    public static List<Problem> check(Lab lab) {
        return List.of(); // filled in by the validation work
    }
}
