package dev.vpclab.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Flow;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.Protocol;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TraceVerdictTest {
    private static final Flow FLOW = Flow.of("i-app", "i-db", Protocol.TCP, 443);
    private static final IpAddress SEEN = IpAddress.parse("10.0.1.10");

    private static BlockedAt stop(Leg leg) {
        return new BlockedAt(
                "sg-db",
                ReasonCode.SECURITY_GROUP_NO_INGRESS_RULE,
                leg,
                Layer.NETWORK,
                Optional.empty(),
                List.of(),
                Message.of("x"),
                Message.of("y"),
                Optional.empty());
    }

    @Test
    void reachableTraceHasNoBlockAndShowsTheSourceSeen() {
        Trace t =
                Trace.reachable(
                        FLOW, Optional.empty(), Optional.empty(), List.of(), List.of(), SEEN);
        assertTrue(t.reachable());
        assertTrue(t.networkReachable());
        assertTrue(t.blockedAt().isEmpty());
        assertEquals(Optional.of(SEEN), t.sourceIpSeen());
    }

    @Test
    void deniedRequestIsNetworkReachableButNotReachable() {
        Trace t =
                Trace.denied(FLOW, Optional.empty(), List.of(), List.of(), stop(Leg.FORWARD), SEEN);
        assertFalse(t.reachable());
        assertTrue(t.networkReachable());
        assertEquals(Optional.of(Authorization.DENIED), t.authorization());
        assertInstanceOf(Verdict.Denied.class, t.verdict());
    }

    @Test
    void blockedOnTheWayThereSawNoSourceAndEvaluatedNoPolicy() {
        Flow request = FLOW.withRequest(new Flow.Request("s3:GetObject", "arn:aws:s3:::b/k"));
        Trace t = Trace.blockedThere(request, Optional.empty(), List.of(), stop(Leg.FORWARD));
        assertFalse(t.reachable());
        assertFalse(t.networkReachable());
        assertTrue(t.sourceIpSeen().isEmpty());
        assertEquals(Optional.of(Authorization.NOT_EVALUATED), t.authorization());
    }

    @Test
    void blockedOnTheWayBackKeepsTheSourceTheDestinationSaw() {
        Trace t =
                Trace.blockedBack(
                        FLOW,
                        Optional.empty(),
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        stop(Leg.RETURN),
                        SEEN);
        assertFalse(t.networkReachable());
        assertEquals(Leg.RETURN, t.blockedAt().get().leg());
        assertEquals(Optional.of(SEEN), t.sourceIpSeen());
    }
}
