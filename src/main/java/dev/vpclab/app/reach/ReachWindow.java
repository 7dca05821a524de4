package dev.vpclab.app.reach;

import atlantafx.base.theme.Styles;
import dev.vpclab.app.AppText;
import dev.vpclab.model.Flow;
import dev.vpclab.net.Protocol;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The content of the Reachability window: protocol and port with Compute and Cancel and the
 * progress, fold and zoom buttons, the exports; the heatmap; the legend, the summary and what the
 * hovered cell says.
 */
final class ReachWindow extends BorderPane {
    private final ReachViewModel vm;
    private final HeatmapCanvas heatmap;
    private final Label info = new Label();
    private final TextField port = new TextField();

    /** What the window's buttons do beyond the view-model. */
    interface Actions {
        void exportCsv();

        void exportPng();
    }

    ReachWindow(ReachViewModel vm, AppText t, boolean dark, Consumer<Flow> play, Actions actions) {
        this.vm = vm;
        setId("reach-window");
        heatmap = new HeatmapCanvas(vm, dark, play, this::show);

        ChoiceBox<Protocol> protocol = new ChoiceBox<>();
        protocol.setId("reach-protocol");
        protocol.getItems().addAll(Protocol.TCP, Protocol.UDP);
        protocol.setConverter(
                new StringConverter<>() {
                    @Override
                    public String toString(Protocol p) {
                        return p == null ? "" : p.toString().toUpperCase(java.util.Locale.ROOT);
                    }

                    @Override
                    public Protocol fromString(String s) {
                        return Protocol.parse(s);
                    }
                });
        protocol.valueProperty().bindBidirectional(vm.protocolProperty());
        port.setId("reach-port");
        port.setPrefColumnCount(5);
        port.setText(Integer.toString(vm.portProperty().get()));
        port.setOnAction(e -> compute(t));
        port.focusedProperty()
                .addListener(
                        (o, was, is) -> {
                            if (!is) {
                                readPort(t);
                            }
                        });
        Button compute = new Button(t.get("reach.compute"), new FontIcon("mdi2p-play"));
        compute.setId("reach-compute");
        compute.setOnAction(e -> compute(t));
        Button cancel = new Button(t.get("reach.cancel"));
        cancel.setId("reach-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("reach-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());

        ToolBar bar =
                new ToolBar(
                        new Label(t.get("reach.protocol")),
                        protocol,
                        new Label(t.get("reach.port")),
                        port,
                        compute,
                        cancel,
                        progress,
                        vertical(),
                        icon(
                                "mdi2u-unfold-less-horizontal",
                                "reach-collapse-all",
                                t.get("reach.collapseAll"),
                                () -> {
                                    vm.collapseAll();
                                    heatmap.fit();
                                }),
                        icon(
                                "mdi2u-unfold-more-horizontal",
                                "reach-expand-all",
                                t.get("reach.expandAll"),
                                () -> {
                                    vm.expandAll();
                                    heatmap.fit();
                                }),
                        icon(
                                "mdi2m-magnify-plus-outline",
                                "reach-zoom-in",
                                t.get("reach.zoomIn"),
                                () -> heatmap.zoom(1.25)),
                        icon(
                                "mdi2m-magnify-minus-outline",
                                "reach-zoom-out",
                                t.get("reach.zoomOut"),
                                () -> heatmap.zoom(0.8)),
                        icon(
                                "mdi2f-fit-to-page-outline",
                                "reach-fit",
                                t.get("reach.fit"),
                                heatmap::fit),
                        vertical(),
                        text("reach-export-csv", t.get("reach.exportCsv"), actions::exportCsv),
                        text("reach-export-png", t.get("reach.exportPng"), actions::exportPng));

        Label status = new Label();
        status.setId("reach-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        info.setId("reach-info");
        info.setWrapText(true);
        info.setAlignment(Pos.TOP_LEFT);
        info.setMinHeight(Region.USE_PREF_SIZE);
        info.setPrefHeight(150);
        info.setMaxWidth(Double.MAX_VALUE);
        info.setText(t.get("reach.info.hint"));
        HBox legend =
                new HBox(
                        14,
                        swatch(HeatmapPainter.REACHABLE, t.get("reach.legend.reachable")),
                        swatch(HeatmapPainter.BLOCKED, t.get("reach.legend.blocked")),
                        swatch(HeatmapPainter.DENIED, t.get("reach.legend.denied")),
                        swatch(
                                HeatmapPainter.Theme.of(dark).untraced(),
                                t.get("reach.legend.untraced")),
                        changedSwatch(t.get("reach.legend.changed")),
                        folded(t.get("reach.legend.folded")));
        legend.setId("reach-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(6, legend, status, new Separator(), info);
        bottom.setPadding(new Insets(8, 10, 8, 10));
        setTop(bar);
        setCenter(heatmap);
        setBottom(bottom);
        setPrefSize(1180, 820);
    }

    HeatmapCanvas heatmap() {
        return heatmap;
    }

    private void show(List<String> lines) {
        info.setText(String.join("\n", lines));
    }

    private void compute(AppText t) {
        if (readPort(t)) {
            vm.compute();
        }
    }

    /** Takes the port typed; a bad one is refused at the field. */
    private boolean readPort(AppText t) {
        try {
            int p = Integer.parseInt(port.getText().trim());
            if (p >= 0 && p <= 65535) {
                vm.portProperty().set(p);
                port.pseudoClassStateChanged(Styles.STATE_DANGER, false);
                port.setTooltip(null);
                return true;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        port.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        port.setTooltip(new Tooltip(t.get("walk.picker.badPort")));
        info.setText(t.get("walk.picker.badPort"));
        return false;
    }

    private static Separator vertical() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }

    private static Button icon(String icon, String id, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Button text(String id, String label, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Node swatch(Color colour, String label) {
        Region box = new Region();
        box.setMinSize(14, 14);
        box.setMaxSize(14, 14);
        box.setStyle("-fx-background-color: " + web(colour) + "; -fx-background-radius: 2;");
        HBox h = new HBox(5, box, new Label(label));
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static Node changedSwatch(String label) {
        Region box = new Region();
        box.setMinSize(14, 14);
        box.setMaxSize(14, 14);
        box.setStyle(
                "-fx-border-color: "
                        + web(HeatmapPainter.CHANGED)
                        + "; -fx-border-width: 2; -fx-background-color: transparent;");
        HBox h = new HBox(5, box, new Label(label));
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static Node folded(String label) {
        Region r = new Region();
        r.setMinSize(7, 14);
        r.setStyle("-fx-background-color: " + web(HeatmapPainter.REACHABLE) + ";");
        Region b = new Region();
        b.setMinSize(7, 14);
        b.setStyle("-fx-background-color: " + web(HeatmapPainter.BLOCKED) + ";");
        HBox box = new HBox(0, r, b);
        box.setStyle("-fx-border-color: -color-fg-default; -fx-border-width: 1;");
        box.setMaxHeight(16);
        HBox h = new HBox(5, box, new Label(label));
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static String web(Color c) {
        return String.format(
                java.util.Locale.ROOT,
                "#%02X%02X%02X",
                (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
