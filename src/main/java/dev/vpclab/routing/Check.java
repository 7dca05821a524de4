package dev.vpclab.routing;

import java.util.Arrays;
import java.util.Optional;

/** What was evaluated at a hop, with the name the trace format gives it. */
public enum Check {
    EGRESS("egress"),
    INGRESS("ingress"),
    OUTBOUND("outbound"),
    INBOUND("inbound"),
    ROUTE("route"),
    TRANSLATE("translate"),
    ENDPOINT_POLICY("endpointPolicy"),
    RESOURCE_POLICY("resourcePolicy"),
    CONNECTION("connection"),
    PERMISSION("permission"),
    LISTENER("listener"),
    AVAILABILITY_ZONE("availabilityZone"),
    PROTOCOL("protocol"),
    DIRECTION("direction"),
    DESTINATION("destination"),
    ORIGIN("origin"),
    DNS("dns"),
    STATEFUL("stateful"),
    /** A Gateway Load Balancer endpoint hands the packet to inspection, or takes it back. */
    INSPECTION("inspection"),
    /** A Gateway Load Balancer chooses the appliance that inspects the flow. */
    TARGET("target"),
    /** An appliance behind a Gateway Load Balancer inspects the packet and returns it. */
    APPLIANCE("appliance");

    private final String wireName;

    Check(String wireName) {
        this.wireName = wireName;
    }

    /** The name in trace JSON and golden scenarios. */
    public String wireName() {
        return wireName;
    }

    /** The check with this wire name. */
    public static Optional<Check> fromWireName(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
