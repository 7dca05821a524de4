package dev.vpclab.routing;

import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;

/** Entry points of the routing core. */
public final class Tracer {
    private Tracer() {}

    /** A tracer for one lab; it indexes the lab once and can trace many flows. */
    public static PacketTracer of(Lab lab) {
        return new HopByHopTracer(lab);
    }

    /** Traces one flow through a lab. */
    public static Trace trace(Lab lab, Flow flow) {
        return of(lab).trace(flow);
    }
}
