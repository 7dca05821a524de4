package dev.vpclab.check;

import dev.vpclab.model.Lab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Checks the meaning of a lab: what AWS would refuse or what cannot work (dangling references,
 * CIDRs outside their VPC, overlaps, the lab format's {@code validationCodes}). The problems name
 * the component and field; the file reader adds the line and column.
 *
 * <p>The rules come from {@code aws-rules.md}; each check class cites the rule ids it follows. The
 * lab is indexed once, so checking is linear in its size apart from sorting subnet blocks.
 */
public final class LabChecker {
    private LabChecker() {}

    /** Every problem of the lab, errors and warnings, in component order. */
    public static List<Problem> check(Lab lab) {
        Objects.requireNonNull(lab, "lab");
        LabIndex index = new LabIndex(lab);
        Findings findings = new Findings();
        RouteCheck routes = new RouteCheck(index, findings);
        new ReferenceCheck(index, findings).run();
        new AddressCheck(index, findings).run();
        routes.run();
        new RuleCheck(index, findings, routes).run();
        new EndpointCheck(index, findings, routes).run();
        new ConnectionCheck(index, findings).run();
        new DnsCheck(index, findings).run();
        new DirectConnectCheck(index, findings).run();
        new TransitPeeringCheck(index, findings).run();
        new GatewayLoadBalancerCheck(index, findings).run();
        List<Problem> problems = new ArrayList<>(findings.problems());
        // Stable sort: within one component, problems keep the order the checks found them in.
        problems.sort(
                Comparator.comparingInt(
                        p -> p.component().map(index::position).orElse(Integer.MAX_VALUE)));
        return List.copyOf(problems);
    }
}
