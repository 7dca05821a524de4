package dev.vpclab.paint;

import dev.vpclab.edit.Connections;
import dev.vpclab.edit.Containment;
import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import dev.vpclab.edit.Selection;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.AwsService;
import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InstanceConnectEndpoint;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.Lab;
import dev.vpclab.model.LineKind;
import dev.vpclab.model.ManagedPrefixList;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Paints a lab's diagram: VPCs and subnets as titled boxes (public subnets green, private blue, as
 * in AWS diagrams), a Region as a dashed frame around its VPCs, every other component as its icon
 * with its id and a detail line, the connections, the selection and problem markers. Paints only
 * what meets the visible area. The one painter for the screen and for exports.
 */
public final class DiagramPainter {
    /** What to paint besides the lab. */
    public record Overlay(Selection selection, Map<String, Boolean> problems) {
        public Overlay {
            Objects.requireNonNull(selection, "selection");
            problems = Map.copyOf(problems);
        }

        public static Overlay none() {
            return new Overlay(Selection.empty(), Map.of());
        }
    }

    /** Size of the resize handle of a selected container. */
    public static final double HANDLE = 10;

    /**
     * The size, in lab units, of the smallest text the diagram paints (a node's second line):
     * presentation mode keeps it readable at a projector.
     */
    public static final double SMALLEST_TEXT = 10;

    private final IconSet icons;
    private java.util.Locale locale = java.util.Locale.ENGLISH;

    public DiagramPainter(IconSet icons) {
        this.icons = Objects.requireNonNull(icons, "icons");
    }

    /** The language of the sub-labels ("2 routes", "경로 2개"); English until set. */
    public void setLocale(java.util.Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * Paints the part of the diagram inside {@code visible}.
     *
     * @param problems ids with problems; true marks an error, false a warning
     */
    public void paint(
            Diagram d, Overlay overlay, PaintStyle style, Rect visible, DrawingSurface s) {
        paint(d, overlay, style, visible, id -> true, s);
    }

    /**
     * Paints the components inside {@code visible} that {@code include} accepts, and the
     * connections between two of them. Exports of a selection use it so that neighbours that happen
     * to overlap the selection's area stay out of the picture.
     */
    public void paint(
            Diagram d,
            Overlay overlay,
            PaintStyle style,
            Rect visible,
            Predicate<String> include,
            DrawingSurface s) {
        Objects.requireNonNull(include, "include");
        paint(
                d,
                overlay,
                style,
                visible,
                include,
                e -> include.test(e.from()) && include.test(e.to()),
                s);
    }

    /**
     * Which components a paint covers while a selection is dragged: the canvas paints the rest once
     * into an image ({@link #except}) and then, each frame, only what moves ({@link #only}); a line
     * is painted with the moving components when either of its ends moves.
     */
    public record Layer(Set<String> ids, boolean include) {
        public Layer {
            ids = Set.copyOf(ids);
        }

        public static Layer only(Set<String> ids) {
            return new Layer(ids, true);
        }

        public static Layer except(Set<String> ids) {
            return new Layer(ids, false);
        }

        boolean has(String id) {
            return ids.contains(id) == include;
        }

        boolean hasEdge(Connections.Edge e) {
            boolean moving = ids.contains(e.from()) || ids.contains(e.to());
            return include == moving;
        }
    }

    /** Paints one layer of the part of the diagram inside {@code visible}. */
    public void paint(
            Diagram d,
            Overlay overlay,
            PaintStyle style,
            Rect visible,
            DrawingSurface s,
            Layer layer) {
        Objects.requireNonNull(layer, "layer");
        paint(d, overlay, style, visible, layer::has, layer::hasEdge, s);
    }

    private void paint(
            Diagram d,
            Overlay overlay,
            PaintStyle style,
            Rect visible,
            Predicate<String> include,
            Predicate<Connections.Edge> includeEdge,
            DrawingSurface s) {
        Objects.requireNonNull(d, "diagram");
        Objects.requireNonNull(overlay, "overlay");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(visible, "visible");
        Objects.requireNonNull(s, "surface");
        Lab lab = d.lab();
        List<String> ids = d.visibleIn(visible).stream().filter(include).toList();
        for (String id : ids) {
            Component c = lab.component(id).orElseThrow();
            if (Containment.isContainer(c.kind()) || d.isFrame(id)) {
                paintContainer(lab, c, d.box(id).orElseThrow(), style, s);
            }
        }
        for (Connections.Edge e : edges(lab)) {
            Rect a = d.box(e.from()).orElse(null);
            Rect b = d.box(e.to()).orElse(null);
            if (a == null || b == null || !includeEdge.test(e) || !visible.intersects(a.union(b))) {
                continue;
            }
            boolean membership = e.kind() == LineKind.MEMBERSHIP;
            String color =
                    e.kind() == LineKind.ENDPOINT_ROUTE
                            ? "#7AA116"
                            : membership ? style.membershipEdge() : style.edge();
            boolean association = e.kind() == LineKind.ASSOCIATION;
            List<Point> path = EdgeRoutes.route(a, b, obstacles(d, e));
            for (int i = 1; i < path.size(); i++) {
                Point p = path.get(i - 1);
                Point q = path.get(i);
                s.line(p.x(), p.y(), q.x(), q.y(), color, membership ? 0.8 : 1.5, association);
            }
            if (association && !path.isEmpty()) {
                // A dot where the line meets the subnet's border says which box it belongs to.
                Point end = path.get(0);
                s.dot(end.x(), end.y(), 3, color);
            }
        }
        for (String id : ids) {
            Component c = lab.component(id).orElseThrow();
            if (!Containment.isContainer(c.kind()) && !d.isFrame(id)) {
                paintNode(c, d.box(id).orElseThrow(), style, s);
            }
        }
        for (String id : ids) {
            Rect r = d.box(id).orElseThrow();
            Boolean error = overlay.problems().get(id);
            if (error != null) {
                s.dot(r.maxX() - 6, r.y() + 6, 6, error ? "#D91515" : "#F89256");
            }
            if (overlay.selection().contains(id)) {
                s.rect(
                        r.x() - 3,
                        r.y() - 3,
                        r.width() + 6,
                        r.height() + 6,
                        8,
                        "",
                        style.selection(),
                        2,
                        false);
                if (Containment.isContainer(lab.component(id).orElseThrow().kind())) {
                    s.rect(
                            r.maxX() - HANDLE / 2,
                            r.maxY() - HANDLE / 2,
                            HANDLE,
                            HANDLE,
                            2,
                            style.selection(),
                            style.selection(),
                            1,
                            false);
                }
            }
        }
    }

    /**
     * The boxes a line should go around: every one but its two ends and the containers holding
     * either end (a line has to cross those).
     */
    static List<Rect> obstacles(Diagram d, Connections.Edge e) {
        Set<String> skip = new java.util.HashSet<>();
        for (String end : List.of(e.from(), e.to())) {
            for (String id = end; id != null; id = d.parents().get(id)) {
                if (!skip.add(id)) {
                    break;
                }
            }
        }
        // Only what lies near the two ends can be in the way (see EdgeRoutes.DETOUR).
        Rect near =
                d.box(e.from())
                        .orElseThrow()
                        .union(d.box(e.to()).orElseThrow())
                        .inflate(EdgeRoutes.DETOUR);
        List<Rect> out = new java.util.ArrayList<>();
        for (Map.Entry<String, Rect> b : d.boxes().entrySet()) {
            // A Region's frame holds whole VPCs: a line cannot go round it, nor should it.
            if (near.intersects(b.getValue())
                    && !skip.contains(b.getKey())
                    && !d.isFrame(b.getKey())) {
                out.add(b.getValue());
            }
        }
        return out;
    }

    // The lines depend on the components only, not on the layout: during a drag the component
    // list is the same object frame after frame, so they are worked out once.
    private List<Component> edgesFor;
    private List<Connections.Edge> edges = List.of();

    private List<Connections.Edge> edges(Lab lab) {
        if (edgesFor != lab.components()) {
            edges = Connections.edges(lab);
            edgesFor = lab.components();
        }
        return edges;
    }

    private void paintContainer(Lab lab, Component c, Rect r, PaintStyle style, DrawingSurface s) {
        String stroke;
        String fill;
        if (c instanceof Subnet sub) {
            boolean isPublic = isPublic(lab, sub);
            stroke = isPublic ? "#7AA116" : "#147EBA";
            fill = isPublic ? style.subnetPublicFill() : style.subnetPrivateFill();
        } else if (c instanceof Vpc) {
            stroke = "#8C4FFF";
            fill = style.vpcFill();
        } else if (c.kind() == ComponentKind.REGION) {
            // A Region holding VPCs: the dashed teal frame of AWS diagrams, open inside.
            stroke = "#00A4A6";
            fill = "";
        } else {
            stroke = "#545B64";
            fill = style.nodeFill();
        }
        s.rect(
                r.x(),
                r.y(),
                r.width(),
                r.height(),
                4,
                fill,
                stroke,
                c instanceof Vpc ? 2 : 1.5,
                c.kind() == ComponentKind.REGION);
        icons.icon(c.kind()).ifPresent(i -> s.icon(i.pathData(), r.x() + 6, r.y() + 5, 18, stroke));
        // The header fits its frame: the id first (elided only when it alone is too wide), then
        // the detail in the room left, elided, so neither runs over the other or out of the
        // frame under the next subnet.
        double left = r.x() + 30;
        double right = r.maxX() - 8;
        String id = s.elide(c.id(), 12, true, right - left);
        s.text(id, left, r.y() + 18, 12, true, style.text(), false);
        String detail =
                c.kind() == ComponentKind.REGION
                        ? Message.of("kind.region").render(locale)
                        : detail(lab, c, locale);
        double detailX = left + s.width(id, 12, true) + 10;
        if (!detail.isEmpty() && id.equals(c.id())) {
            String shown = s.elide(detail, 11, false, right - detailX);
            if (!shown.equals(TextMeasure.ELLIPSIS)) {
                s.text(shown, detailX, r.y() + 18, 11, false, style.mutedText(), false);
            }
        }
    }

    private void paintNode(Component c, Rect r, PaintStyle style, DrawingSurface s) {
        String color = icons.color(c.kind());
        s.rect(
                r.x() + 4,
                r.y(),
                r.width() - 8,
                r.height(),
                8,
                style.nodeFill(),
                style.nodeStroke(),
                1,
                false);
        icons.icon(c.kind())
                .ifPresent(
                        i -> s.icon(i.pathData(), r.center().x() - 14, r.y() + 4, 28, i.color()));
        if (icons.icon(c.kind()).isEmpty()) {
            s.rect(r.center().x() - 12, r.y() + 6, 24, 24, 4, color, color, 1, false);
        }
        double room = r.width() - 14;
        s.text(
                s.elide(c.id(), 11, true, room),
                r.center().x(),
                r.y() + 46,
                11,
                true,
                style.text(),
                true);
        String detail = detail(null, c, locale);
        if (!detail.isEmpty()) {
            s.text(
                    s.elide(detail, SMALLEST_TEXT, false, room),
                    r.center().x(),
                    r.y() + 59,
                    SMALLEST_TEXT,
                    false,
                    style.mutedText(),
                    true);
        }
    }

    /** A subnet is public when its route table sends traffic to an internet gateway. */
    public static boolean isPublic(Lab lab, Subnet s) {
        return lab.component(s.routeTable(), RouteTable.class)
                .map(
                        rt ->
                                rt.routes().stream()
                                        .anyMatch(
                                                route ->
                                                        lab.component(
                                                                        route.target(),
                                                                        InternetGateway.class)
                                                                .isPresent()))
                .orElse(false);
    }

    /** The second line under a component's id, in English. */
    public static String detail(Lab lab, Component c) {
        return detail(lab, c, java.util.Locale.ENGLISH);
    }

    /** The second line under a component's id, counts pluralised in the given language. */
    public static String detail(Lab lab, Component c, java.util.Locale locale) {
        if (c instanceof Vpc v) {
            return v.cidr().toString();
        }
        if (c instanceof Subnet s) {
            return s.cidr() + "  " + s.az();
        }
        if (c instanceof Instance i) {
            return i.privateIp().toString();
        }
        if (c instanceof NatGateway n) {
            return n.privateIp() + " (" + n.connectivity() + ")";
        }
        if (c instanceof InterfaceEndpoint e) {
            return e.enis().isEmpty() ? e.service() : e.enis().get(0).ip().toString();
        }
        if (c instanceof GatewayEndpoint g) {
            return g.service();
        }
        if (c instanceof InstanceConnectEndpoint e) {
            return e.privateIp().toString();
        }
        if (c instanceof NetworkLoadBalancer n) {
            return n.nodes().isEmpty() ? n.scheme() : n.nodes().get(0).ip().toString();
        }
        if (c instanceof RouteTable rt) {
            return Message.of(
                            rt.routes().size() == 1 ? "diagram.route" : "diagram.routes",
                            rt.routes().size())
                    .render(locale);
        }
        if (c instanceof SecurityGroup g) {
            return Message.of("diagram.sgRules", g.inbound().size(), g.outbound().size())
                    .render(locale);
        }
        if (c instanceof NetworkAcl a) {
            return Message.of(
                            a.isDefault() ? "diagram.naclRulesDefault" : "diagram.naclRules",
                            a.inbound().size(),
                            a.outbound().size())
                    .render(locale);
        }
        if (c instanceof OnPremisesNetwork n) {
            return n.cidr().toString();
        }
        if (c instanceof OnPremisesHost h) {
            return h.ip().toString();
        }
        if (c instanceof InternetHost h) {
            return h.ip().toString();
        }
        if (c instanceof AwsService a) {
            return a.service() + " " + a.region();
        }
        if (c instanceof ManagedPrefixList p) {
            return Message.of(
                            p.cidrs().size() == 1 ? "diagram.cidr" : "diagram.cidrs",
                            p.cidrs().size())
                    .render(locale);
        }
        return switch (c.kind()) {
            case REGION -> "";
            // the console's names for these are wider than a card: the diagram's own short ones
            case EGRESS_ONLY_INTERNET_GATEWAY,
                    TRANSIT_GATEWAY_ATTACHMENT,
                    VIRTUAL_PRIVATE_GATEWAY,
                    RESOLVER_ENDPOINT,
                    PRIVATE_HOSTED_ZONE,
                    ON_PREMISES_RESOLVER,
                    GATEWAY_LOAD_BALANCER,
                    DIRECT_CONNECT_GATEWAY,
                    VIRTUAL_INTERFACE,
                    TRANSIT_GATEWAY_PEERING,
                    GATEWAY_LOAD_BALANCER_ENDPOINT,
                    INSTANCE_CONNECT_ENDPOINT ->
                    Message.of("diagram.kindShort." + c.kind().fileName()).render(locale);
            default -> Message.of("kind." + c.kind().fileName()).render(locale);
        };
    }
}
