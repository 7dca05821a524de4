package dev.vpclab.app;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.paint.IconSet;
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
    /** The groups of the palette and their kinds. */
    static final List<List<ComponentKind>> GROUPS =
            List.of(
                    List.of(
                            ComponentKind.VPC,
                            ComponentKind.SUBNET,
                            ComponentKind.ROUTE_TABLE,
                            ComponentKind.NACL,
                            ComponentKind.SECURITY_GROUP),
                    List.of(ComponentKind.INSTANCE, ComponentKind.NLB),
                    List.of(
                            ComponentKind.INTERNET_GATEWAY,
                            ComponentKind.EGRESS_ONLY_INTERNET_GATEWAY,
                            ComponentKind.NAT_GATEWAY,
                            ComponentKind.VIRTUAL_PRIVATE_GATEWAY,
                            ComponentKind.TRANSIT_GATEWAY,
                            ComponentKind.TRANSIT_GATEWAY_ATTACHMENT,
                            ComponentKind.VPC_PEERING,
                            ComponentKind.VPN_CONNECTION),
                    List.of(
                            ComponentKind.GATEWAY_ENDPOINT,
                            ComponentKind.INTERFACE_ENDPOINT,
                            ComponentKind.ENDPOINT_SERVICE,
                            ComponentKind.MANAGED_PREFIX_LIST,
                            ComponentKind.AWS_SERVICE),
                    List.of(
                            ComponentKind.ON_PREMISES,
                            ComponentKind.ON_PREMISES_HOST,
                            ComponentKind.INTERNET_HOST,
                            ComponentKind.REGION));

    private static final String[] GROUP_KEYS = {
        "palette.network",
        "palette.compute",
        "palette.gateways",
        "palette.endpoints",
        "palette.outside"
    };

    public PaletteView(AppText text) {
        setId("palette");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        VBox box = new VBox(2);
        box.setPadding(new Insets(8));
        for (int g = 0; g < GROUPS.size(); g++) {
            Label header = new Label(text.get(GROUP_KEYS[g]));
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
        l.getStyleClass().add("palette-entry");
        l.setTooltip(new Tooltip(text.get("palette.dragHint")));
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
