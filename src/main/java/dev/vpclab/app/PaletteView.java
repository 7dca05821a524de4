package dev.vpclab.app;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.KindDescriptor.PaletteGroup;
import dev.vpclab.paint.IconSet;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/**
 * The palette: every component kind, grouped as in the AWS console, with its icon. Dragging an
 * entry onto the canvas creates a component there.
 */
public final class PaletteView extends ScrollPane {
    /** The groups of the palette and their kinds, as each kind's descriptor places it. */
    static final List<List<ComponentKind>> GROUPS =
            Arrays.stream(PaletteGroup.values()).map(PaletteGroup::kinds).toList();

    public PaletteView(AppText text) {
        setId("palette");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        VBox box = new VBox(2);
        box.setPadding(new Insets(8));
        for (int g = 0; g < GROUPS.size(); g++) {
            Label header = new Label(text.get(PaletteGroup.values()[g].key()));
            header.getStyleClass().addAll("text-caption", "text-muted");
            header.setPadding(new Insets(g == 0 ? 0 : 10, 0, 2, 0));
            box.getChildren().add(header);
            for (ComponentKind kind : GROUPS.get(g)) {
                box.getChildren().add(entry(kind, text));
            }
        }
        setContent(box);
        setPrefWidth(230);
    }

    private static Label entry(ComponentKind kind, AppText text) {
        Label l = new Label(text.render(Message.of("kind." + kind.fileName())));
        l.setId("palette-" + kind.fileName());
        l.setGraphic(icon(kind, 20));
        l.setGraphicTextGap(8);
        l.setPadding(new Insets(4, 6, 4, 6));
        l.setMaxWidth(Double.MAX_VALUE);
        // A narrow palette wraps a long kind name ("Egress-only Internet Gateway") instead of
        // cutting it.
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.getStyleClass().add("palette-entry");
        l.setTooltip(new Tooltip(l.getText() + "\n" + text.get("palette.dragHint")));
        l.setOnDragDetected(
                e -> {
                    Dragboard db = l.startDragAndDrop(TransferMode.COPY);
                    ClipboardContent content = new ClipboardContent();
                    content.putString(CanvasView.KIND_PREFIX + kind.fileName());
                    db.setContent(content);
                    e.consume();
                });
        return l;
    }

    /** The kind's icon as a node. */
    static SVGPath icon(ComponentKind kind, double size) {
        SVGPath p = new SVGPath();
        IconSet.shared()
                .icon(kind)
                .ifPresent(
                        i -> {
                            p.setContent(i.pathData());
                            p.setFill(Color.web(i.color()));
                        });
        p.setFillRule(FillRule.EVEN_ODD);
        p.setScaleX(size / 24);
        p.setScaleY(size / 24);
        return p;
    }
}
