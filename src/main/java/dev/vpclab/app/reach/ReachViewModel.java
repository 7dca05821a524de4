package dev.vpclab.app.reach;

import dev.vpclab.app.AppText;
import dev.vpclab.app.Background;
import dev.vpclab.app.export.ExportViewModel;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.net.Protocol;
import dev.vpclab.reach.AxisSlots;
import dev.vpclab.reach.BlockCounts;
import dev.vpclab.reach.CellVerdict;
import dev.vpclab.reach.ReachAxis;
import dev.vpclab.reach.ReachComputation;
import dev.vpclab.reach.ReachCsv;
import dev.vpclab.reach.ReachDiff;
import dev.vpclab.reach.ReachTable;
import dev.vpclab.routing.BlockedAt;
import dev.vpclab.routing.PacketTracer;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state of the Reachability view: protocol and port, the table computed for the lab (in the
 * background, with progress, cancellable; a newer computation cancels an older one), the cells the
 * last edit changed, which groups are collapsed on each side, and the words for a cell. Tested
 * without a robot; {@link #version()} tells the painter to paint again.
 */
public final class ReachViewModel {
    /** What the view is doing. */
    public enum State {
        EMPTY,
        COMPUTING,
        DONE,
        CANCELLED,
        FAILED
    }

    /** A computed table with what belongs to it: the lab, its tracer and both axes. */
    public record Result(
            Lab lab,
            PacketTracer tracer,
            ReachTable table,
            ReachAxis rows,
            ReachAxis columns,
            Optional<ReachDiff> diff) {}

    private final Supplier<Lab> lab;
    private final Background background;
    private final Consumer<Runnable> ui;
    private AppText text;
    private final ObjectProperty<Protocol> protocol = new SimpleObjectProperty<>(Protocol.TCP);
    private final IntegerProperty port = new SimpleIntegerProperty(443);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(0);
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.EMPTY);
    private Optional<Result> result = Optional.empty();
    private final Set<String> collapsedRows = new HashSet<>();
    private final Set<String> collapsedColumns = new HashSet<>();
    private AxisSlots rowSlots;
    private AxisSlots columnSlots;
    private AtomicBoolean cancelRunning = new AtomicBoolean();
    private long generation;

    /**
     * @param lab the lab as it is now (the editor's)
     * @param ui runs a piece of work on the UI thread (progress arrives from the worker)
     */
    public ReachViewModel(
            Supplier<Lab> lab, Background background, Consumer<Runnable> ui, AppText text) {
        this.lab = Objects.requireNonNull(lab, "lab");
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.text = Objects.requireNonNull(text, "text");
    }

    /** The language changed (the window was rebuilt). */
    public void setText(AppText newText) {
        text = Objects.requireNonNull(newText, "text");
        status.set(statusText());
    }

    public ObjectProperty<Protocol> protocolProperty() {
        return protocol;
    }

    public IntegerProperty portProperty() {
        return port;
    }

    /** From 0 to 1 while computing. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** One sentence: computing, done with counts, cancelled, failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Goes up whenever what the heatmap shows changes. */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public int version() {
        return version.get();
    }

    public State state() {
        return state.get();
    }

    /** The last computed table, if any. */
    public Optional<Result> result() {
        return result;
    }

    /** The rows as shown (collapsed groups are one slot each). */
    public Optional<AxisSlots> rows() {
        return Optional.ofNullable(rowSlots);
    }

    /** The columns as shown. */
    public Optional<AxisSlots> columns() {
        return Optional.ofNullable(columnSlots);
    }

    /**
     * Computes the table of the lab as it is now for the chosen protocol and port, in the
     * background; a computation still running is cancelled. Cells that differ from the last table
     * (same protocol and port) are marked as changed.
     */
    public void compute() {
        cancelRunning.set(true);
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelRunning = cancelled;
        long mine = ++generation;
        Lab now = lab.get();
        Protocol p = protocol.get();
        int onPort = port.get();
        Optional<ReachTable> before = result.map(Result::table);
        running.set(true);
        state.set(State.COMPUTING);
        progress.set(0);
        status.set(text.get("reach.status.computing", 0));
        long[] shown = {-1};
        background.run(
                () -> {
                    PacketTracer tracer = Tracer.of(now);
                    ReachTable table =
                            ReachComputation.compute(
                                    now,
                                    tracer,
                                    p,
                                    onPort,
                                    (done, total) -> {
                                        // At most a hundred updates: the UI thread is not flooded.
                                        long percent = total == 0 ? 100 : done * 100 / total;
                                        if (percent != shown[0]) {
                                            shown[0] = percent;
                                            ui.accept(() -> progressed(mine, percent));
                                        }
                                    },
                                    cancelled::get);
                    ReachAxis rows = ReachAxis.of(now, table.sources());
                    ReachAxis columns = ReachAxis.of(now, table.destinations());
                    Optional<ReachDiff> diff = before.flatMap(b -> ReachDiff.between(b, table));
                    return new Result(now, tracer, table, rows, columns, diff);
                },
                r -> {
                    if (mine == generation) {
                        done(r);
                    }
                },
                e -> {
                    if (mine == generation) {
                        failed(e);
                    }
                });
    }

    /** Shows a sentence in the status line (an export written or failed). */
    public void note(String sentence) {
        status.set(Objects.requireNonNull(sentence, "sentence"));
    }

    /** Stops the computation running, if any; the last table stays. */
    public void cancel() {
        if (running.get()) {
            cancelRunning.set(true);
        }
    }

    private void progressed(long mine, long percent) {
        if (mine == generation && running.get()) {
            progress.set(percent / 100.0);
            status.set(text.get("reach.status.computing", percent));
        }
    }

    private void done(Result r) {
        boolean sameAxes =
                result.isPresent()
                        && result.get().rows().members().equals(r.rows().members())
                        && result.get().columns().members().equals(r.columns().members());
        if (!sameAxes) {
            // Groups that no longer exist are forgotten; those that still do stay collapsed.
            collapsedRows.removeIf(k -> r.rows().group(k).isEmpty());
            collapsedColumns.removeIf(k -> r.columns().group(k).isEmpty());
        }
        result = Optional.of(r);
        running.set(false);
        progress.set(1);
        state.set(State.DONE);
        relayout();
    }

    private void failed(Throwable e) {
        running.set(false);
        boolean cancelled = e instanceof CancellationException;
        state.set(cancelled ? State.CANCELLED : State.FAILED);
        status.set(
                cancelled
                        ? text.get("reach.status.cancelled")
                        : text.get("reach.status.failed", String.valueOf(e.getMessage())));
        version.set(version.get() + 1);
    }

    private String statusText() {
        return switch (state.get()) {
            case EMPTY -> "";
            case COMPUTING -> text.get("reach.status.computing", Math.round(progress.get() * 100));
            case CANCELLED -> text.get("reach.status.cancelled");
            case FAILED -> status.get();
            case DONE -> result.map(this::summary).orElse("");
        };
    }

    private String summary(Result r) {
        ReachTable t = r.table();
        String counts =
                text.get(
                        "reach.status.done",
                        t.sources().size(),
                        t.destinations().size(),
                        t.count(CellVerdict.REACHABLE),
                        t.count(CellVerdict.BLOCKED),
                        t.count(CellVerdict.DENIED));
        return r.diff()
                .map(d -> counts + " " + text.get("reach.status.changed", d.count()))
                .orElse(counts);
    }

    private void relayout() {
        result.ifPresent(
                r -> {
                    rowSlots = AxisSlots.of(r.rows(), collapsedRows);
                    columnSlots = AxisSlots.of(r.columns(), collapsedColumns);
                });
        status.set(statusText());
        version.set(version.get() + 1);
    }

    /** Collapses an expanded group of the rows (or columns), or expands a collapsed one. */
    public void toggle(boolean rows, ReachAxis.Group group) {
        Set<String> set = rows ? collapsedRows : collapsedColumns;
        if (!set.remove(group.key())) {
            set.add(group.key());
        }
        relayout();
    }

    /** Whether a group of the rows (or columns) is collapsed. */
    public boolean collapsed(boolean rows, ReachAxis.Group group) {
        return (rows ? collapsedRows : collapsedColumns).contains(group.key());
    }

    /** Collapses every VPC and outside group on both sides. */
    public void collapseAll() {
        result.ifPresent(
                r -> {
                    r.rows().groups().stream()
                            .filter(g -> g.level() == 0)
                            .forEach(g -> collapsedRows.add(g.key()));
                    r.columns().groups().stream()
                            .filter(g -> g.level() == 0)
                            .forEach(g -> collapsedColumns.add(g.key()));
                });
        relayout();
    }

    /** Expands every group on both sides. */
    public void expandAll() {
        collapsedRows.clear();
        collapsedColumns.clear();
        relayout();
    }

    /** The counts behind the cell at row slot {@code row} and column slot {@code column}. */
    public Optional<BlockCounts> counts(int row, int column) {
        return result.map(
                r -> BlockCounts.of(r.table(), rowSlots, row, columnSlots, column, r.diff()));
    }

    /** The table's row and column of a slot pair that stands for one pair only. */
    private Optional<int[]> pair(int row, int column) {
        if (result.isEmpty()) {
            return Optional.empty();
        }
        AxisSlots.Slot r = rowSlots.slot(row);
        AxisSlots.Slot c = columnSlots.slot(column);
        if (r.size() != 1 || c.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(
                new int[] {
                    result.get().rows().index(r.start()), result.get().columns().index(c.start())
                });
    }

    /** The flow of a cell that stands for one traced pair, to play it. */
    public Optional<Flow> flowAt(int row, int column) {
        return pair(row, column).flatMap(p -> result.get().table().flow(p[0], p[1]));
    }

    /** The name of a row or column slot: the member's id, or the group's name and size. */
    public String slotName(boolean rows, int slot) {
        AxisSlots s = rows ? rowSlots : columnSlots;
        AxisSlots.Slot x = s.slot(slot);
        if (x.group().isPresent()) {
            return text.get("reach.group.folded", groupName(x.group().get()), x.size());
        }
        return s.axis().members().get(x.start());
    }

    /** What a band says under the pointer: the group, its size, what a click does. */
    public String describeGroup(ReachAxis.Group g) {
        return text.get("reach.hover.band", groupName(g), g.size());
    }

    /** A group's name in the user's words. */
    public String groupName(ReachAxis.Group g) {
        return switch (g.kind()) {
            case VPC, SUBNET, ON_PREMISES -> g.id();
            case INTERNET -> text.get("reach.group.internet");
            case AWS_SERVICES -> text.get("reach.group.services");
            case OTHER -> text.get("reach.group.other");
        };
    }

    /**
     * What the cell says, in the words of the walk's cards: the pair and the protocol, the verdict,
     * where and why it stopped with the fix, whether the last edit changed it; for a collapsed
     * group, how many pairs have each verdict.
     */
    public List<String> describe(int row, int column) {
        List<String> lines = new ArrayList<>();
        if (result.isEmpty()) {
            return lines;
        }
        Result r = result.get();
        String traffic =
                r.table().protocol().toString().toUpperCase(java.util.Locale.ROOT)
                        + " "
                        + r.table().port();
        lines.add(
                text.get(
                        "reach.hover.pair", slotName(true, row), slotName(false, column), traffic));
        Optional<int[]> single = pair(row, column);
        if (single.isEmpty()) {
            BlockCounts b = counts(row, column).orElseThrow();
            lines.add(
                    text.get(
                            "reach.hover.counts",
                            b.total(),
                            b.reachable(),
                            b.blocked(),
                            b.denied()));
            if (b.changed() > 0) {
                lines.add(text.get("reach.hover.changedCount", b.changed()));
            }
            lines.add(text.get("reach.hover.expand"));
            return lines;
        }
        int tr = single.get()[0];
        int tc = single.get()[1];
        Optional<CellVerdict> v = r.table().verdict(tr, tc);
        if (v.isEmpty()) {
            lines.add(text.get("reach.hover.self"));
            return lines;
        }
        switch (v.get()) {
            case REACHABLE -> lines.add(text.get("walk.verdict.reachable"));
            case BLOCKED -> lines.add(text.get("reach.verdict.blocked"));
            case DENIED -> lines.add(text.get("reach.verdict.denied"));
        }
        if (v.get() != CellVerdict.REACHABLE) {
            // Traced again for the words: the table keeps only the code and the component.
            Trace trace = r.tracer().trace(r.table().flow(tr, tc).orElseThrow());
            trace.blockedAt().ifPresent(b -> blocked(lines, b));
        }
        if (r.diff().map(d -> d.changed(tr, tc)).orElse(false)) {
            lines.add(text.get("reach.hover.changed"));
        }
        lines.add(text.get("reach.hover.click"));
        return lines;
    }

    private void blocked(List<String> lines, BlockedAt b) {
        lines.add(
                text.get(
                        "reach.hover.at",
                        b.component(),
                        text.render(dev.vpclab.i18n.Message.of("report.leg." + b.leg()))));
        lines.add(text.get("walk.card.blocked", text.render(b.detail())));
        b.reason()
                .reachabilityAnalyzerCode()
                .ifPresent(c -> lines.add(text.get("walk.card.code", c)));
        lines.add(text.get("walk.card.fix", text.render(b.fix())));
    }

    /**
     * The table as CSV, in the grouped order, written as every export is (atomically, readable like
     * the lab file).
     */
    public void writeCsv(Path file) throws IOException {
        Result r = result.orElseThrow(() -> new IllegalStateException("nothing computed"));
        try {
            ExportViewModel.writeAtomically(
                    file,
                    stream -> {
                        Writer out =
                                new BufferedWriter(
                                        new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                        ReachCsv.write(r.table(), r.rows(), r.columns(), r.diff(), out);
                        out.flush();
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
