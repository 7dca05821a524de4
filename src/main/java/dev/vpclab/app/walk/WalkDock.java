package dev.vpclab.app.walk;

import dev.vpclab.app.AppText;
import dev.vpclab.app.EditorViewModel;
import dev.vpclab.app.MainWindow;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The packet walk docked beside the canvas: the flows with their badges above; below, tabs for the
 * player and event list, the cost, the flow log records and compare mode. It also owns the overlay
 * on the canvas and presentation mode.
 */
public final class WalkDock {
    private final EditorViewModel editor;
    private final FlowsViewModel flows;
    private final PlayerViewModel player = new PlayerViewModel();
    private final SplitPane node;
    private final FlowsView flowsView;
    private final PlayerView playerView;
    private final PacketOverlay overlay;
    private final PresentationMode presentation;
    private final TabPane tabs;

    private WalkDock(MainWindow window, SplitPane centre) {
        this.editor = window.viewModel();
        AppText t = editor.text();
        this.flows = new FlowsViewModel(editor, editor.background());
        this.flowsView = new FlowsView(flows, editor, t);
        this.playerView = new PlayerView(player, t);
        this.overlay =
                new PacketOverlay(window.canvas(), editor, player, editor::text, this::fixAction);
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
                            && WalkKeys.handle(e, player)) {
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
                            if (sameFlow) {
                                player.reload(now.map(Walked::walk));
                            } else {
                                player.load(now.map(Walked::walk));
                            }
                        });
        centre.getItems().add(node);
        SplitPane.setResizableWithParent(node, false);
        centre.setDividerPositions(0.12, 0.56, 0.72);
        this.presentation = new PresentationMode(window, centre, this);
        dev.vpclab.app.classroom.Classroom.attach(window, this);
    }

    /** Builds the dock and puts it at the right of the window's centre split. */
    public static WalkDock attach(MainWindow window, SplitPane centre) {
        return new WalkDock(window, centre);
    }

    public FlowsViewModel flows() {
        return flows;
    }

    public PlayerViewModel player() {
        return player;
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
