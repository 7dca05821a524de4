package dev.vpclab.app.walk;

import dev.vpclab.app.AppText;
import dev.vpclab.app.CanvasView;
import dev.vpclab.app.EditorViewModel;
import dev.vpclab.edit.Containment;
import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.Rect;
import dev.vpclab.paint.Viewport;
import dev.vpclab.walk.Card;
import dev.vpclab.walk.Frame;
import dev.vpclab.walk.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The layer over the diagram that shows the packet walk: the packet as a coloured dot at the
 * frame's position, the component lit up, and the card beside it. Only the card takes the mouse
 * (for "Apply fix"); everything else lets clicks through to the canvas.
 */
final class PacketOverlay extends Pane {
    private final CanvasView canvasView;
    private final EditorViewModel editor;
    private final PlayerViewModel player;
    private final MultiPlayerViewModel multi;
    private final Supplier<AppText> text;
    private final Supplier<Optional<Runnable>> fix;
    private final Canvas canvas = new Canvas();
    private final DoubleProperty thickness = new SimpleDoubleProperty(1);
    private final BooleanProperty presenting = new SimpleBooleanProperty(false);
    private final Label verdict = new Label();
    private Optional<Card> shownCard = Optional.empty();
    private VBox cardNode;

    PacketOverlay(
            CanvasView canvasView,
            EditorViewModel editor,
            PlayerViewModel player,
            MultiPlayerViewModel multi,
            Supplier<AppText> text,
            Supplier<Optional<Runnable>> fix) {
        this.canvasView = canvasView;
        this.editor = editor;
        this.player = player;
        this.multi = multi;
        this.text = text;
        this.fix = fix;
        setId("walk-overlay");
        setPickOnBounds(false);
        canvas.setMouseTransparent(true);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        getChildren().add(canvas);
        verdict.setId("walk-verdict");
        verdict.setManaged(false);
        verdict.setVisible(false);
        verdict.setWrapText(true);
        getChildren().add(verdict);
        presenting.addListener(o -> repaint());
        player.frameProperty().addListener(o -> repaint());
        multi.framesProperty().addListener(o -> repaint());
        thickness.addListener(
                o -> {
                    shownCard = Optional.empty();
                    repaint();
                });
    }

    /** Line and type scale: 1 normally, larger in presentation mode. */
    DoubleProperty thicknessProperty() {
        return thickness;
    }

    /** True in presentation mode: the view follows the packet and the verdict shows at the end. */
    BooleanProperty presentingProperty() {
        return presenting;
    }

    /** The verdict banner, shown when a walk has ended in presentation mode. */
    Label verdict() {
        return verdict;
    }

    /** The card node shown, if any (tests look inside it). */
    Optional<VBox> cardNode() {
        return Optional.ofNullable(cardNode).filter(VBox::isVisible);
    }

    /** Forgets the card so that the next repaint builds it again (language or fix changed). */
    void invalidateCard() {
        shownCard = Optional.empty();
        repaint();
    }

    void repaint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (multi.active()) {
            verdict.setVisible(false);
            paintAll(gc);
            showCard(Optional.empty(), null);
            return;
        }
        Optional<Frame> frame = player.frame();
        if (frame.isEmpty()) {
            verdict.setVisible(false);
            showCard(Optional.empty(), null);
            return;
        }
        Frame f = frame.get();
        Optional<Rect> box = editor.diagram().box(f.highlightedComponent());
        if (presenting.get() && follow(f, box)) {
            return; // the pan repainted the diagram and this layer with it
        }
        Viewport v = canvasView.viewport();
        double k = thickness.get();
        box.ifPresent(
                b -> {
                    gc.setStroke(f.dropped() ? Color.web("#D13212") : Color.web("#FF9900"));
                    gc.setLineWidth(3 * k);
                    double pad = 4 * k;
                    gc.strokeRoundRect(
                            v.toScreenX(b.x()) - pad,
                            v.toScreenY(b.y()) - pad,
                            b.width() * v.scale() + 2 * pad,
                            b.height() * v.scale() + 2 * pad,
                            10,
                            10);
                });
        double x = v.toScreenX(f.packetPosition().x());
        double y = v.toScreenY(f.packetPosition().y());
        double r = 8 * k;
        gc.setFill(colour(f));
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(2 * k);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        showCard(f.card(), box.orElse(null));
        showVerdict(f);
    }

    /**
     * The view follows the packet: pans the least that shows the hop's component and the packet
     * (with a margin). True when it panned.
     */
    private boolean follow(Frame f, Optional<Rect> box) {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return false;
        }
        dev.vpclab.edit.Point p = f.packetPosition();
        Rect target = new Rect(p.x(), p.y(), 0, 0);
        if (box.isPresent()) {
            target = target.union(box.get());
        }
        Viewport now = canvasView.viewport();
        Viewport next = PresentationFit.follow(now, target, getWidth(), getHeight());
        if (next.equals(now)) {
            return false;
        }
        canvasView.setViewport(next);
        return true;
    }

    /**
     * At the end of a walk in presentation mode: REACHABLE or BLOCKED, with the reason in words.
     */
    private void showVerdict(Frame f) {
        // The packet has reached the walk's last hop (the hop index is the step arrived at).
        boolean end = !player.events().isEmpty() && f.hopIndex() >= player.events().size() - 1;
        if (!presenting.get() || !end) {
            verdict.setVisible(false);
            return;
        }
        AppText t = text.get();
        Optional<Card.Blocked> blocked = f.card().flatMap(Card::blocked);
        verdict.setText(
                blocked.map(b -> t.get("walk.verdict.blocked", t.render(b.detail())))
                        .orElseGet(() -> t.get("walk.verdict.reachable")));
        double k = thickness.get();
        verdict.setStyle(
                "-fx-background-color: "
                        + (blocked.isPresent() ? "#D13212" : "#1D8102")
                        + "; -fx-text-fill: white; -fx-font-weight: bold; -fx-font-size: "
                        + 18 * k
                        + "px; -fx-padding: "
                        + 8 * k
                        + " "
                        + 16 * k
                        + "; -fx-background-radius: 6;");
        verdict.setVisible(true);
        verdict.applyCss();
        // Clear of the components, the card and the packet, never over the last hop: first on
        // one line, else wrapped narrower where one line finds no empty band.
        List<Rect> clear = keepClearOfVerdict(f);
        Rect last =
                editor.diagram().box(f.highlightedComponent()).map(this::screenBox).orElse(null);
        double w = Math.min(verdict.prefWidth(-1), getWidth() * 0.8);
        Rect at =
                VerdictPlacement.place(
                        w, verdict.prefHeight(w), clear, last, getWidth(), getHeight());
        if (VerdictPlacement.cover(at, clear) > 0) {
            double narrow = Math.max(Math.min(w, 320 * k), w * 0.5);
            Rect other =
                    VerdictPlacement.place(
                            narrow,
                            verdict.prefHeight(narrow),
                            clear,
                            last,
                            getWidth(),
                            getHeight());
            if (VerdictPlacement.cover(other, clear) < VerdictPlacement.cover(at, clear)) {
                at = other;
            }
        }
        verdict.resizeRelocate(at.x(), at.y(), at.width(), at.height());
        verdict.layout();
    }

    /**
     * On screen: every component that is not a frame (Region, VPC, subnet), the card, the packet.
     */
    private List<Rect> keepClearOfVerdict(Frame f) {
        List<Rect> clear = new ArrayList<>();
        Diagram d = editor.diagram();
        d.boxes()
                .forEach(
                        (id, b) -> {
                            boolean frame =
                                    d.isFrame(id)
                                            || d.lab()
                                                    .component(id)
                                                    .map(c -> Containment.isContainer(c.kind()))
                                                    .orElse(false);
                            if (!frame) {
                                clear.add(screenBox(b));
                            }
                        });
        if (cardNode != null && cardNode.isVisible()) {
            clear.add(
                    new Rect(
                            cardNode.getLayoutX(),
                            cardNode.getLayoutY(),
                            cardNode.getWidth(),
                            cardNode.getHeight()));
        }
        Viewport v = canvasView.viewport();
        double r = 12 * thickness.get();
        clear.add(
                new Rect(
                        v.toScreenX(f.packetPosition().x()) - r,
                        v.toScreenY(f.packetPosition().y()) - r,
                        2 * r,
                        2 * r));
        return clear;
    }

    /**
     * All flows played together: each packet and its component's outline in the flow's colour,
     * without cards (several cards at once would hide the diagram).
     */
    private void paintAll(GraphicsContext gc) {
        Viewport v = canvasView.viewport();
        double k = thickness.get();
        double pad = 4 * k;
        for (MultiPlayerViewModel.LaneFrame lf : multi.frames()) {
            Frame f = lf.frame();
            Color c = Color.web(lf.colour());
            editor.diagram()
                    .box(f.highlightedComponent())
                    .ifPresent(
                            b -> {
                                gc.setStroke(c);
                                gc.setLineWidth(3 * k);
                                gc.setLineDashes(f.dropped() ? new double[] {6 * k, 4 * k} : null);
                                gc.strokeRoundRect(
                                        v.toScreenX(b.x()) - pad,
                                        v.toScreenY(b.y()) - pad,
                                        b.width() * v.scale() + 2 * pad,
                                        b.height() * v.scale() + 2 * pad,
                                        10,
                                        10);
                            });
            gc.setLineDashes(null);
            double x = v.toScreenX(f.packetPosition().x());
            double y = v.toScreenY(f.packetPosition().y());
            double r = 8 * k;
            gc.setFill(c);
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            // A dropped packet keeps its flow's colour with a red ring, so it stays recognisable.
            gc.setStroke(f.dropped() ? Color.web("#D13212") : Color.WHITE);
            gc.setLineWidth((f.dropped() ? 3 : 2) * k);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private void showCard(Optional<Card> card, Rect near) {
        if (card.isEmpty()) {
            if (cardNode != null) {
                cardNode.setVisible(false);
            }
            shownCard = Optional.empty();
            return;
        }
        if (!card.equals(shownCard) || cardNode == null) {
            getChildren().remove(cardNode);
            Optional<Runnable> apply =
                    card.get().blocked().isPresent() ? fix.get() : Optional.empty();
            cardNode = CardView.of(card.get(), text.get(), apply, thickness.get());
            cardNode.setManaged(false);
            getChildren().add(cardNode);
            shownCard = card;
        }
        cardNode.setVisible(true);
        // Measure only once the card's CSS (font size, padding, border) is applied and its labels
        // have skins: measured before, a wrapped label reports a width of a few characters and
        // shows a column of "..." or spills below its border.
        cardNode.applyCss();
        double w = Math.min(cardNode.prefWidth(-1), cardNode.getMaxWidth());
        w = Math.min(w, Math.max(120, getWidth() - 8));
        double h = cardNode.prefHeight(w);
        Point2D at =
                CardPlacement.place(w, h, screenBox(near), nextHopBox(), getWidth(), getHeight());
        cardNode.resizeRelocate(at.getX(), at.getY(), w, h);
        cardNode.layout();
    }

    private Rect screenBox(Rect world) {
        if (world == null) {
            return null;
        }
        Viewport v = canvasView.viewport();
        return new Rect(
                v.toScreenX(world.x()),
                v.toScreenY(world.y()),
                world.width() * v.scale(),
                world.height() * v.scale());
    }

    /** The component the packet goes to next, on screen, so that the card leaves it visible. */
    private Rect nextHopBox() {
        int next = player.hopIndex() + 1;
        if (next <= 0 || next >= player.events().size()) {
            return null;
        }
        return editor.diagram()
                .box(player.events().get(next).component())
                .map(this::screenBox)
                .orElse(null);
    }

    private static Color colour(Frame f) {
        if (f.dropped() || f.phase() == Phase.BLOCKED) {
            return Color.web("#D13212");
        }
        return switch (f.phase()) {
            case DNS_QUERY, DNS_ANSWER -> Color.web("#8C4FFF");
            case RETURN -> Color.web("#1D8102");
            case DONE -> Color.web("#1D8102");
            default -> Color.web("#0972D3");
        };
    }
}
