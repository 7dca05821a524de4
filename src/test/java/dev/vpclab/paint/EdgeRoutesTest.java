package dev.vpclab.paint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Connections;
import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import dev.vpclab.format.LabReader;
import dev.vpclab.format.LoadResult;
import dev.vpclab.model.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Lines end at the borders of the boxes they join and go round the boxes in between. */
class EdgeRoutesTest {
    private static final Rect SUBNET = new Rect(0, 0, 260, 150);

    @Test
    void anAssociationLineEndsOnTheSubnetsBorderNotItsCentre() {
        Rect table = new Rect(340, 220, 120, 64);
        List<Point> path = EdgeRoutes.route(SUBNET, table, List.of());
        assertOnBorder(path.get(0), SUBNET);
        assertOnBorder(path.get(path.size() - 1), table);
        assertOrthogonal(path);
    }

    @Test
    void aLineGoesRoundABoxThatStandsBetweenItsEnds() {
        Rect table = new Rect(70, 300, 120, 64);
        Rect between = new Rect(40, 190, 180, 64);
        List<Point> path = EdgeRoutes.route(SUBNET, table, List.of(between));
        assertThat(EdgeRoutes.crossings(path, List.of(between))).as("%s", path).isZero();
        assertOnBorder(path.get(0), SUBNET);
        assertOnBorder(path.get(path.size() - 1), table);
        assertOrthogonal(path);
    }

    @Test
    void aLineBetweenBoxesSideBySideGoesOverOrUnderTheBoxBetweenThem() {
        Rect left = new Rect(0, 0, 120, 64);
        Rect right = new Rect(400, 0, 120, 64);
        Rect between = new Rect(200, -20, 120, 104);
        List<Point> path = EdgeRoutes.route(left, right, List.of(between));
        assertThat(EdgeRoutes.crossings(path, List.of(between, left, right)))
                .as("%s", path)
                .isZero();
    }

    /** In every example lab and golden scenario, no association line crosses a box. */
    @Test
    void noAssociationLineInTheExampleLabsCrossesABox() throws IOException {
        List<String> crossing = new ArrayList<>();
        int lines = 0;
        for (Path file : labs()) {
            Diagram d = Diagram.of(load(file));
            for (Connections.Edge e : Connections.edges(d.lab())) {
                if (e.kind() != dev.vpclab.model.LineKind.ASSOCIATION) {
                    continue;
                }
                Rect subnet = d.box(e.from()).orElse(null);
                Rect table = d.box(e.to()).orElse(null);
                if (subnet == null || table == null || subnet.intersects(table)) {
                    continue;
                }
                lines++;
                List<Rect> obstacles = DiagramPainter.obstacles(d, e);
                List<Point> path = EdgeRoutes.route(subnet, table, obstacles);
                assertOnBorder(path.get(0), subnet);
                if (EdgeRoutes.crossings(path, obstacles) > 0) {
                    crossing.add(file.getFileName() + ": " + e.from() + " -> " + e.to());
                }
            }
        }
        assertThat(lines).isGreaterThan(20);
        assertThat(crossing).isEmpty();
    }

    private static void assertOnBorder(Point p, Rect r) {
        boolean onX = Math.abs(p.x() - r.x()) < 0.5 || Math.abs(p.x() - r.maxX()) < 0.5;
        boolean onY = Math.abs(p.y() - r.y()) < 0.5 || Math.abs(p.y() - r.maxY()) < 0.5;
        assertThat(r.inflate(0.5).contains(p) && (onX || onY))
                .as("%s on the border of %s", p, r)
                .isTrue();
    }

    private static void assertOrthogonal(List<Point> path) {
        for (int i = 1; i < path.size(); i++) {
            Point p = path.get(i - 1);
            Point q = path.get(i);
            assertThat(p.x() == q.x() || p.y() == q.y()).as("%s", path).isTrue();
        }
    }

    private static Lab load(Path file) {
        LoadResult r = LabReader.read(file);
        return r.lab().orElseThrow(() -> new AssertionError(file + ": " + r.errors()));
    }

    private static List<Path> labs() throws IOException {
        try (Stream<Path> examples = Files.list(Path.of("assets/labs"));
                Stream<Path> scenarios = Files.list(Path.of("src/test/resources/scenarios"))) {
            return Stream.concat(examples, scenarios)
                    .filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted()
                    .toList();
        }
    }
}
