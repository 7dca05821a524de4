package dev.vpclab.app.walk;

import dev.vpclab.app.AppText;
import dev.vpclab.app.EditorViewModel;
import dev.vpclab.app.Workbench;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;

/**
 * The packet walk docked beside the canvas: the flows with their badges above; below, tabs for the
 * player and event list, the cost, the flow log records and compare mode. It also owns the overlay
 * on the canvas and presentation mode.
 */
public final class WalkDock {
    private final EditorViewModel editor;
    private final FlowsViewModel flows;
    private final PlayerViewModel player = new PlayerViewModel();
    private final MultiPlayerViewModel multi = new MultiPlayerViewModel();
    private final AnimationTimer multiTimer;
    private final SplitPane node;
    private final FlowsView flowsView;
    private final PlayerView playerView;
    private final PacketOverlay overlay;
    private final PresentationMode presentation;
    private final TabPane tabs;
    private boolean playWhenShown;

    private WalkDock(Workbench window, SplitPane centre) {
        this.editor = window.viewModel();
        AppText t = editor.text();
        this.flows = new FlowsViewModel(editor, editor.background());
        this.flowsView = new FlowsView(flows, editor, t);
        this.playerView = new PlayerView(player, t);
        this.overlay =
                new PacketOverlay(
                        window.canvas(), editor, player, multi, editor::text, this::fixAction);
        window.canvas().addOverlay(overlay, overlay::repaint);
        tabs =
                new TabPane(
                        tab(t.get("walk.tab.events"), "tab-events", playerView),
                        tab(t.get("walk.tab.cost"), "tab-cost", scroll(new CostView(flows, t))),
                        tab(t.get("walk.tab.flowLogs"), "tab-flow-logs", new FlowLogView(flows, t)),
                        tab(
                                t.get("walk.tab.compare"),
                                "tab-compare",
                                scroll(new CompareView(flows, t))));
        tabs.setId("walk-tabs");
        node = new SplitPane(flowsView, tabs);
        node.setId("walk-dock");
        node.setOrientation(Orientation.VERTICAL);
        node.setDividerPositions(0.3);
        node.setPadding(new Insets(4));
        flowsView.addEventFilter(
                javafx.scene.input.KeyEvent.KEY_PRESSED,
                e -> {
                    if (e.getCode() != javafx.scene.input.KeyCode.UP
                            && e.getCode() != javafx.scene.input.KeyCode.DOWN
                            && WalkKeys.handle(e, controls())) {
                        e.consume();
                    }
                });
        flows.walkedProperty()
                .addListener(
                        (o, before, now) -> {
                            boolean sameFlow =
                                    before.isPresent()
                                            && now.isPresent()
                                            && before.get().flow().equals(now.get().flow());
                            overlay.invalidateCard();
                            if (sameFlow && !playWhenShown) {
                                player.reload(now.map(Walked::walk));
                            } else {
                                player.load(now.map(Walked::walk));
                            }
                            if (playWhenShown && now.isPresent()) {
                                playWhenShown = false;
                                player.togglePlay();
                            }
                        });
        flows.lanesProperty()
                .addListener(
                        (o, before, now) -> {
                            boolean same =
                                    !before.isEmpty()
                                            && before.size() == now.size()
                                            && flows.isPlayingAll();
                            if (same) {
                                multi.reload(now);
                            } else {
                                multi.load(now);
                                if (!now.isEmpty()) {
                                    multi.togglePlay(); // "play all" starts playing at once
                                }
                            }
                        });
        multiTimer = ticker(multi::tick);
        multi.playingProperty()
                .addListener(
                        (o, was, is) -> {
                            if (is) {
                                multiTimer.start();
                            } else {
                                multiTimer.stop();
                            }
                        });
        // On the canvas the player keys win while a flow plays and nothing is selected.
        window.canvas()
                .addEventFilter(
                        KeyEvent.KEY_PRESSED,
                        e -> {
                            if (WalkKeys.onCanvas(e, controls(), editor.selection().isEmpty())) {
                                e.consume();
                            }
                        });
        centre.getItems().add(node);
        SplitPane.setResizableWithParent(node, false);
        // Palette, canvas, inspector (wide enough for route and rule tables), flows dock.
        centre.setDividerPositions(0.11, 0.53, 0.74);
        this.presentation = new PresentationMode(window, centre, this);
    }

    /** Builds the dock and puts it at the right of the window's centre split. */
    public static WalkDock attach(Workbench window, SplitPane centre) {
        return new WalkDock(window, centre);
    }

    /**
     * Plays a flow from its start, saved or not (a cell of the reachability matrix): once its walk
     * is traced, the packet starts moving on the canvas.
     */
    public void play(dev.vpclab.model.Flow flow) {
        // Showing a flow always traces it again, so a walk arrives (at once in tests).
        playWhenShown = true;
        flows.show(flow);
    }

    public FlowsViewModel flows() {
        return flows;
    }

    public PlayerViewModel player() {
        return player;
    }

    /** All flows played together ("play all"). */
    public MultiPlayerViewModel multi() {
        return multi;
    }

    /** What the player keys drive: all flows while they play together, else the single player. */
    WalkKeys.Controls controls() {
        return multi.active() ? multi : player;
    }

    public PresentationMode presentation() {
        return presentation;
    }

    SplitPane node() {
        return node;
    }

    PacketOverlay overlay() {
        return overlay;
    }

    private Optional<Runnable> fixAction() {
        return flows.walked().flatMap(Walked::fix).map(f -> flows::applyFix);
    }

    private static AnimationTimer ticker(java.util.function.DoubleConsumer tick) {
        return new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) {
                    tick.accept(Math.min(0.1, (now - last) / 1e9));
                }
                last = now;
            }

            @Override
            public void stop() {
                super.stop();
                last = -1;
            }
        };
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private static ScrollPane scroll(javafx.scene.Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        return s;
    }
}
