package dev.vpclab.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.model.Lab;
import dev.vpclab.routing.Check;
import dev.vpclab.routing.Decision;
import dev.vpclab.routing.Hop;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import org.junit.jupiter.api.Test;

/** The security group hop records its decision as an object, and its text is derived from it. */
class TypedDecisionTest {

    @Test
    void aMissingEgressRuleIsATypedNoRuleDecisionWithTheDroppedHeader() {
        Lab lab = Scenarios.lab("instance-sg-egress-missing-443-to-s3-fails");
        Trace trace = Tracer.trace(lab, lab.query().orElseThrow());
        Hop sg =
                trace.path().stream()
                        .filter(h -> h.check().orElse(null) == Check.EGRESS)
                        .findFirst()
                        .orElseThrow();
        Decision.SecurityGroupMatch match =
                sg.decision(Decision.SecurityGroupMatch.class).orElseThrow();
        assertFalse(match.allowed());
        assertTrue(match.outbound());
        assertEquals(match.text(), sg.matched().orElseThrow());
        assertEquals(443, sg.leaving().orElseThrow().dstPort());
    }
}
