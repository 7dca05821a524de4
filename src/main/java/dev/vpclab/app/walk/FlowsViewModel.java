package dev.vpclab.app.walk;

import dev.vpclab.app.Background;
import dev.vpclab.app.EditorViewModel;
import dev.vpclab.cost.FlowComparison;
import dev.vpclab.cost.FlowCost;
import dev.vpclab.cost.Prices;
import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.LabEdit;
import dev.vpclab.flowlogs.FlowLogRecords;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Trace;
import dev.vpclab.walk.FixSuggester;
import dev.vpclab.walk.FlowBadges;
import dev.vpclab.walk.FlowBadges.FlowBadge;
import dev.vpclab.walk.PacketWalk;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lab's saved flows with their live badges, the flow selected for the player, and the cost
 * settings. Badges and walks are computed in the background after every edit; a result that arrives
 * after a newer edit is dropped, so the list always shows the newest lab.
 */
public final class FlowsViewModel {
    private final EditorViewModel editor;
    private final Background background;
    private final ObservableList<FlowBadge> badges = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Optional<Walked>> walked =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObjectProperty<BigDecimal> gbPerMonth =
            new SimpleObjectProperty<>(BigDecimal.valueOf(100));
    private final ObjectProperty<Prices> prices = new SimpleObjectProperty<>(Prices.standard());
    private final ReadOnlyObjectWrapper<List<MultiPlayerViewModel.Lane>> lanes =
            new ReadOnlyObjectWrapper<>(List.of());
    private boolean playingAll;
    private long lanesGeneration;
    private Optional<FlowBadges> last = Optional.empty();
    private long badgeGeneration;
    private long walkGeneration;
    private Optional<Flow> unsaved = Optional.empty();
    private final InvalidationListener labListener = o -> refresh();

    public FlowsViewModel(EditorViewModel editor, Background background) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.background = Objects.requireNonNull(background, "background");
        // Weak: the window is rebuilt when the language or theme changes, and the old dock must
        // stop tracing after every edit once it is gone.
        editor.labProperty().addListener(new WeakInvalidationListener(labListener));
        refresh();
    }

    /** One badge per saved flow, in the lab's order. */
    public ObservableList<FlowBadge> badges() {
        return badges;
    }

    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected flow made ready to play, once its background work is done. */
    ReadOnlyObjectProperty<Optional<Walked>> walkedProperty() {
        return walked.getReadOnlyProperty();
    }

    Optional<Walked> walked() {
        return walked.get();
    }

    /** The monthly volume the cost tab prices. */
    public ObjectProperty<BigDecimal> gbPerMonthProperty() {
        return gbPerMonth;
    }

    public ObjectProperty<Prices> pricesProperty() {
        return prices;
    }

    /** Selects the flow at {@code index} (-1 for none) and prepares its walk in the background. */
    public void select(int index) {
        if (index >= 0) {
            unsaved = Optional.empty();
        }
        selected.set(index >= 0 && index < badges.size() ? index : -1);
        if (selected.get() >= 0 && playingAll) {
            stopAll(); // one flow selected: the single player takes over
        }
        loadWalk();
    }

    /**
     * The flows played together, each in its colour, once their walks are ready; empty when "play
     * all" is off.
     */
    public ReadOnlyObjectProperty<List<MultiPlayerViewModel.Lane>> lanesProperty() {
        return lanes.getReadOnlyProperty();
    }

    public boolean isPlayingAll() {
        return playingAll;
    }

    /** Plays every saved flow together: the selection is cleared and all walks are prepared. */
    public void playAll() {
        playingAll = true;
        unsaved = Optional.empty();
        if (selected.get() >= 0) {
            selected.set(-1);
            loadWalk();
        }
        loadLanes();
    }

    /** Stops playing all flows together. */
    public void stopAll() {
        playingAll = false;
        lanesGeneration++;
        lanes.set(List.of());
    }

    /**
     * Prepares the walk of a flow that need not be saved (a cell of the reachability matrix): a
     * saved flow with the same ends, protocol and port is selected instead; any other is traced as
     * it is, unsaved (the lab does not change), and followed through edits until another flow is
     * selected.
     */
    public void show(Flow flow) {
        Objects.requireNonNull(flow, "flow");
        for (int i = 0; i < badges.size(); i++) {
            Flow saved = badges.get(i).flow();
            if (saved.from().equals(flow.from())
                    && saved.to().equals(flow.to())
                    && saved.protocol() == flow.protocol()
                    && saved.port().equals(flow.port())
                    && saved.request().equals(flow.request())) {
                select(i);
                return;
            }
        }
        if (playingAll) {
            stopAll();
        }
        unsaved = Optional.of(flow);
        selected.set(-1);
        loadWalk();
    }

    /** The unsaved flow shown, if the walk shows one. */
    public Optional<Flow> unsaved() {
        return unsaved;
    }

    /** Adds a saved flow as an undoable edit and selects it. */
    public void addFlow(Flow flow) {
        Objects.requireNonNull(flow, "flow");
        Lab lab = editor.lab();
        List<Flow> flows = new ArrayList<>(lab.flows());
        flows.add(flow);
        selected.set(flows.size() - 1);
        editor.apply(
                LabEdit.of(
                        Message.of("walkui.edit.addFlow", describe(flow)),
                        l -> l.withFlows(append(l.flows(), flow))));
    }

    /** Removes the saved flow at {@code index} as an undoable edit. */
    public void removeFlow(int index) {
        List<Flow> flows = editor.lab().flows();
        Objects.checkIndex(index, flows.size());
        Flow gone = flows.get(index);
        selected.set(-1);
        editor.apply(
                LabEdit.of(
                        Message.of("walkui.edit.removeFlow", describe(gone)),
                        l -> {
                            List<Flow> rest = new ArrayList<>(l.flows());
                            rest.remove(gone);
                            return l.withFlows(rest);
                        }));
    }

    /** Applies the suggested fix of the selected, blocked flow through the undo history. */
    public boolean applyFix() {
        Optional<LabEdit> fix = walked.get().flatMap(Walked::fix);
        fix.ifPresent(editor::apply);
        return fix.isPresent();
    }

    /** The cost of the selected flow for the volume and prices set. */
    public Optional<FlowCost> cost() {
        return walked.get()
                .map(w -> FlowCost.of(w.lab(), w.trace(), gbPerMonth.get(), prices.get()));
    }

    /** Two saved flows side by side, when both have been traced. */
    public Optional<FlowComparison> compare(int first, int second) {
        if (last.isEmpty() || first < 0 || second < 0) {
            return Optional.empty();
        }
        if (first >= badges.size() || second >= badges.size()) {
            return Optional.empty();
        }
        Lab lab = last.get().lab();
        return Optional.of(
                FlowComparison.of(
                        lab,
                        badges.get(first).trace(),
                        lab,
                        badges.get(second).trace(),
                        gbPerMonth.get(),
                        prices.get()));
    }

    /** A flow's name, or "from → to tcp/443" for one without. */
    public static String describe(Flow f) {
        return f.name()
                .orElseGet(
                        () ->
                                f.from()
                                        + " → "
                                        + f.to()
                                        + " "
                                        + f.protocol().toString().toLowerCase(java.util.Locale.ROOT)
                                        + f.port().map(p -> "/" + p).orElse(""));
    }

    private void refresh() {
        Lab lab = editor.lab();
        long generation = ++badgeGeneration;
        Optional<FlowBadges> previous = last;
        background.run(
                () ->
                        previous.isPresent() && previous.get().lab() != lab
                                ? previous.get().after(lab)
                                : FlowBadges.of(lab),
                result -> {
                    if (generation != badgeGeneration) {
                        return;
                    }
                    last = Optional.of(result);
                    int keep = selected.get();
                    badges.setAll(result.badges());
                    selected.set(keep < badges.size() ? keep : -1);
                    loadWalk();
                    if (playingAll) {
                        loadLanes();
                    }
                },
                this::failed);
    }

    private void loadWalk() {
        long generation = ++walkGeneration;
        int index = selected.get();
        if (index < 0 && unsaved.isPresent() && last.isPresent()) {
            Lab lab = last.get().lab();
            Flow flow = unsaved.get();
            background.run(
                    () -> walk(lab, flow, dev.vpclab.routing.Tracer.of(lab).trace(flow)),
                    w -> {
                        if (generation == walkGeneration) {
                            walked.set(Optional.of(w));
                        }
                    },
                    this::failed);
            return;
        }
        if (index < 0 || last.isEmpty()) {
            walked.set(Optional.empty());
            return;
        }
        Lab lab = last.get().lab();
        FlowBadge badge = badges.get(index);
        background.run(
                () -> walk(lab, badge.flow(), badge.trace()),
                w -> {
                    if (generation == walkGeneration) {
                        walked.set(Optional.of(w));
                    }
                },
                this::failed);
    }

    private void loadLanes() {
        long generation = ++lanesGeneration;
        if (last.isEmpty()) {
            return;
        }
        Lab lab = last.get().lab();
        List<FlowBadge> all = List.copyOf(badges);
        background.run(
                () -> {
                    Diagram diagram = Diagram.of(lab);
                    List<MultiPlayerViewModel.Lane> out = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        out.add(
                                new MultiPlayerViewModel.Lane(
                                        i,
                                        PacketWalk.on(diagram, all.get(i).trace()),
                                        FlowPalette.of(i)));
                    }
                    return List.copyOf(out);
                },
                result -> {
                    if (generation == lanesGeneration && playingAll) {
                        lanes.set(result);
                    }
                },
                this::failed);
    }

    static Walked walk(Lab lab, Flow flow, Trace trace) {
        return new Walked(
                lab,
                flow,
                trace,
                PacketWalk.on(Diagram.of(lab), trace),
                trace.reachable() ? Optional.empty() : FixSuggester.suggest(lab, trace),
                FlowLogRecords.of(lab, trace));
    }

    private void failed(Throwable e) {
        editor.setStatus(editor.text().get("walk.status.failed", String.valueOf(e.getMessage())));
    }

    private static List<Flow> append(List<Flow> flows, Flow f) {
        List<Flow> out = new ArrayList<>(flows);
        out.add(f);
        return out;
    }
}
