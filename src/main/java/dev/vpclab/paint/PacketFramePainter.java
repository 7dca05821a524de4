package dev.vpclab.paint;

import dev.vpclab.edit.Rect;
import dev.vpclab.i18n.Message;
import dev.vpclab.walk.Card;
import dev.vpclab.walk.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Paints one moment of a packet walk over the diagram: the lit-up component, the packet (red when
 * dropped) and the card beside the component. It draws through {@link DrawingSurface}, so an
 * animated export shows exactly what the canvas shows.
 */
public final class PacketFramePainter {
    /** Width of a card, in lab units. */
    public static final double CARD_WIDTH = 280;

    private static final double LINE = 15;
    private static final int WRAP = 44;
    private static final String HIGHLIGHT = "#0972D3";
    private static final String BLOCKED = "#D91515";
    private static final String PACKET = "#F89256";

    /** Space kept between a card and the component it describes, or the picture's edge. */
    public static final double CARD_GAP = 16;

    private final Function<String, Optional<Rect>> boxes;
    private final PaintStyle style;
    private final Locale locale;
    private final Optional<Rect> room;

    /**
     * @param boxes where each component sits (the diagram's boxes)
     */
    public PacketFramePainter(
            Function<String, Optional<Rect>> boxes, PaintStyle style, Locale locale) {
        this(boxes, style, locale, Optional.empty());
    }

    /**
     * @param boxes where each component sits (the diagram's boxes)
     * @param room the area every card must stay inside (a picture's frame), if any: a card that
     *     does not fit right of its component goes to its left, and is moved in from the edges
     */
    public PacketFramePainter(
            Function<String, Optional<Rect>> boxes,
            PaintStyle style,
            Locale locale,
            Optional<Rect> room) {
        this.boxes = Objects.requireNonNull(boxes, "boxes");
        this.style = Objects.requireNonNull(style, "style");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.room = Objects.requireNonNull(room, "room");
    }

    /** The height of a card, in lab units. */
    public double cardHeight(Card card) {
        return 12 + LINE * (lines(Objects.requireNonNull(card, "card")).size() + 1);
    }

    /**
     * Where the card of a component is drawn: to its right, or (when the room's right edge is too
     * close) to its left, moved inside the room when it still does not fit.
     */
    Rect cardBox(Card card, Optional<Rect> beside) {
        double height = cardHeight(card);
        double x = beside.map(b -> b.maxX() + CARD_GAP).orElse(0.0);
        double y = beside.map(Rect::y).orElse(0.0);
        if (room.isPresent()) {
            Rect r = room.get();
            if (x + CARD_WIDTH > r.maxX() - CARD_GAP && beside.isPresent()) {
                double left = beside.get().x() - CARD_GAP - CARD_WIDTH;
                x = left >= r.x() + CARD_GAP ? left : r.maxX() - CARD_GAP - CARD_WIDTH;
            }
            x = Math.max(r.x() + CARD_GAP, Math.min(x, r.maxX() - CARD_GAP - CARD_WIDTH));
            y = Math.max(r.y() + CARD_GAP, Math.min(y, r.maxY() - CARD_GAP - height));
        }
        return new Rect(x, y, CARD_WIDTH, height);
    }

    /** Paints the frame in lab coordinates. */
    public void paint(Frame frame, DrawingSurface s) {
        Optional<Rect> lit = boxes.apply(frame.highlightedComponent());
        String accent = frame.dropped() ? BLOCKED : HIGHLIGHT;
        lit.ifPresent(
                b ->
                        s.rect(
                                b.x() - 4,
                                b.y() - 4,
                                b.width() + 8,
                                b.height() + 8,
                                10,
                                "",
                                accent,
                                3,
                                false));
        s.dot(
                frame.packetPosition().x(),
                frame.packetPosition().y(),
                9,
                frame.dropped() ? BLOCKED : PACKET);
        s.dot(frame.packetPosition().x(), frame.packetPosition().y(), 4, "#FFFFFF");
        frame.card().ifPresent(card -> paintCard(card, lit, s));
    }

    private void paintCard(Card card, Optional<Rect> beside, DrawingSurface s) {
        List<String> lines = lines(card);
        Rect box = cardBox(card, beside);
        double height = box.height();
        double x = box.x();
        double y = box.y();
        boolean blocked = card.blocked().isPresent();
        s.rect(
                x,
                y,
                CARD_WIDTH,
                height,
                8,
                style.nodeFill(),
                blocked ? BLOCKED : HIGHLIGHT,
                2,
                false);
        s.text(
                card.component() + " · " + card.check().render(locale),
                x + 10,
                y + 18,
                12,
                true,
                blocked ? BLOCKED : style.text(),
                false);
        double line = y + 18 + LINE;
        for (String text : lines) {
            s.text(text, x + 10, line, 11, false, style.text(), false);
            line += LINE;
        }
    }

    /** The card's text, wrapped to the card's width. */
    List<String> lines(Card card) {
        List<String> out = new ArrayList<>();
        card.decision().ifPresent(m -> wrap(m, out));
        card.translation().ifPresent(m -> wrap(m, out));
        for (Card.RouteRow row : card.routes()) {
            if (row.state() != Card.RowState.NOT_MATCHING) {
                String mark = row.state() == Card.RowState.WINNER ? "✔ " : "✘ ";
                out.add(
                        mark
                                + row.route()
                                + row.why().map(w -> " (" + w.render(locale) + ")").orElse(""));
            }
        }
        card.blocked()
                .ifPresent(
                        b -> {
                            out.add(b.reason().name());
                            wrap(b.detail(), out);
                            wrap(b.fix(), out);
                        });
        return out;
    }

    private void wrap(Message message, List<String> out) {
        String text = message.render(locale);
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > WRAP && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
    }
}
