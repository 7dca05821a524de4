package dev.vpclab.app.walk;

import dev.vpclab.edit.LabEdit;
import dev.vpclab.flowlogs.FlowLogRecord;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Trace;
import dev.vpclab.walk.PacketWalk;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One flow made ready to play, computed off the UI thread: its trace in a lab, the walk on that
 * lab's diagram, the fix of a blocked flow and the flow log records of the path.
 */
record Walked(
        Lab lab,
        Flow flow,
        Trace trace,
        PacketWalk walk,
        Optional<LabEdit> fix,
        List<FlowLogRecord> flowLogs) {
    Walked {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(walk, "walk");
        Objects.requireNonNull(fix, "fix");
        flowLogs = List.copyOf(flowLogs);
    }
}
