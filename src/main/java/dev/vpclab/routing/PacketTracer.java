package dev.vpclab.routing;

import dev.vpclab.model.Flow;

/**
 * Works out, as AWS would, the path a flow's packets take through a lab and whether they arrive and
 * come back: DNS, security groups, network ACLs, route tables, gateways, endpoints, load balancers
 * and policies.
 */
public interface PacketTracer {

    /**
     * Traces one flow. Never throws for an unreachable flow or a flow the lab cannot carry; the
     * trace says why.
     */
    Trace trace(Flow flow);
}
