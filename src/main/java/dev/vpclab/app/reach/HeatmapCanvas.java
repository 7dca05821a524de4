package dev.vpclab.app.reach;

import dev.vpclab.app.Fonts;
import dev.vpclab.model.Flow;
import dev.vpclab.reach.AxisSlots;
import dev.vpclab.reach.HeatmapGeometry;
import dev.vpclab.reach.ReachAxis;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * The heatmap on one canvas the size of the view, with its own scroll bars: only the visible rows
 * and columns are painted, so a lab of thousands of sources scrolls as smoothly as a small one.
 * Hover shows the cell's words (tooltip and the line below); a click on a cell plays its flow, on a
 * band or a folded label folds or unfolds the group. Ctrl + wheel zooms.
 */
final class HeatmapCanvas extends Region {
    static final double MIN_CELL = 2;
    static final double MAX_CELL = 64;
    static final double FIT_MAX = 44;

    /** The least and most height of a column group band, whose names are written upwards. */
    static final double MIN_BAND = 40;

    static final double MAX_BAND = 150;

    /** The least and most width of a row group band, whose names are written across. */
    static final double MIN_ROW_BAND = 90;

    static final double MAX_ROW_BAND = 200;
    static final double ROW_LABELS = 120;
    static final double COLUMN_LABELS = 110;

    private final ReachViewModel vm;
    private final Canvas canvas = new Canvas();
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final HeatmapPainter painter = new HeatmapPainter();
    private final Tooltip tip = new Tooltip();
    private final Consumer<Flow> play;
    private final Consumer<List<String>> info;
    private final boolean dark;
    private double cell = 22;
    private Optional<int[]> hover = Optional.empty();
    private Object fittedFor;

    /** Height of a column group band: as tall as the longest group name written upwards. */
    private double band = MIN_BAND;

    /** Width of a row group band: as wide as the longest group name written across. */
    private double rowBand = 118;

    HeatmapCanvas(
            ReachViewModel vm, boolean dark, Consumer<Flow> play, Consumer<List<String>> info) {
        this.vm = vm;
        this.dark = dark;
        this.play = play;
        this.info = info;
        setId("reach-heatmap");
        canvas.setId("reach-canvas");
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, horizontal, vertical);
        setMinSize(200, 150);
        setPrefSize(1000, 640);
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        tip.setId("reach-tooltip");
        horizontal.valueProperty().addListener(o -> repaint());
        vertical.valueProperty().addListener(o -> repaint());
        vm.versionProperty().addListener(o -> refresh());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> moved(e.getX(), e.getY(), e));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> left());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    /** The geometry as now scrolled. */
    HeatmapGeometry geometry() {
        int rows = vm.rows().map(AxisSlots::size).orElse(0);
        int columns = vm.columns().map(AxisSlots::size).orElse(0);
        return new HeatmapGeometry(
                rows,
                columns,
                cell,
                band,
                rowBand,
                ROW_LABELS,
                COLUMN_LABELS,
                horizontal.getValue(),
                vertical.getValue());
    }

    /** The group names the bands wrote in the last paint (tests check none was cut). */
    List<HeatmapPainter.BandText> bandTexts() {
        return painter.bandTexts();
    }

    double cellSize() {
        return cell;
    }

    /** Sets the side of a cell, keeping the cell under the view's centre in place. */
    void zoom(double factor) {
        double next = Math.max(MIN_CELL, Math.min(MAX_CELL, cell * factor));
        if (next == cell) {
            return;
        }
        double cx = (horizontal.getValue() + bodyWidth() / 2) / cell;
        double cy = (vertical.getValue() + bodyHeight() / 2) / cell;
        cell = next;
        updateBars();
        horizontal.setValue(clamp(cx * cell - bodyWidth() / 2, horizontal.getMax()));
        vertical.setValue(clamp(cy * cell - bodyHeight() / 2, vertical.getMax()));
        repaint();
    }

    /** The cell size that shows the whole matrix, within sensible bounds (a small lab is big). */
    void fit() {
        HeatmapGeometry g = geometry();
        if (g.rows() == 0 || g.columns() == 0 || canvas.getWidth() <= 0) {
            return;
        }
        double side = Math.floor(Math.min(bodyWidth() / g.columns(), bodyHeight() / g.rows()));
        cell = Math.max(MIN_CELL, Math.min(FIT_MAX, side));
        updateBars();
        horizontal.setValue(0);
        vertical.setValue(0);
        repaint();
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }

    private double bodyWidth() {
        return Math.max(0, canvas.getWidth() - 2 * rowBand - ROW_LABELS);
    }

    private double bodyHeight() {
        return Math.max(0, canvas.getHeight() - 2 * band - COLUMN_LABELS);
    }

    /** The centre of a cell in this node's coordinates (tests aim the mouse with it). */
    javafx.geometry.Point2D cellCentre(int row, int column) {
        HeatmapGeometry g = geometry();
        return new javafx.geometry.Point2D(
                g.columnX(column) + cell / 2 + canvas.getLayoutX(),
                g.rowY(row) + cell / 2 + canvas.getLayoutY());
    }

    /** The centre of the row band of level {@code level} beside row slot {@code row}. */
    javafx.geometry.Point2D rowBandCentre(int level, int row) {
        HeatmapGeometry g = geometry();
        return new javafx.geometry.Point2D(
                level * rowBand + rowBand / 2 + canvas.getLayoutX(),
                g.rowY(row) + cell / 2 + canvas.getLayoutY());
    }

    /** The centre of the column band of level {@code level} above column slot {@code column}. */
    javafx.geometry.Point2D columnBandCentre(int level, int column) {
        HeatmapGeometry g = geometry();
        return new javafx.geometry.Point2D(
                g.columnX(column) + cell / 2 + canvas.getLayoutX(),
                level * band + band / 2 + canvas.getLayoutY());
    }

    /** Scrolls so that row slot {@code row} and column slot {@code column} are in view. */
    void reveal(int row, int column) {
        HeatmapGeometry g = geometry();
        if (g.rowY(row) < g.bodyY() || g.rowY(row) + cell > canvas.getHeight()) {
            vertical.setValue(clamp(row * cell - bodyHeight() / 2, vertical.getMax()));
        }
        if (g.columnX(column) < g.bodyX() || g.columnX(column) + cell > canvas.getWidth()) {
            horizontal.setValue(clamp(column * cell - bodyWidth() / 2, horizontal.getMax()));
        }
    }

    private void refresh() {
        // A new lab (or new members) is shown whole first; an edit keeps the zoom and scroll.
        Object axes =
                vm.result().map(r -> r.rows().members() + "|" + r.columns().members()).orElse(null);
        if (axes != null && !axes.equals(fittedFor) && canvas.getWidth() > 0) {
            fittedFor = axes;
            band = Math.max(MIN_BAND, Math.min(MAX_BAND, longestGroupName(false) + 32));
            rowBand = Math.max(MIN_ROW_BAND, Math.min(MAX_ROW_BAND, longestGroupName(true) + 28));
            fit();
        }
        if (hover.isPresent()) {
            int[] h = hover.get();
            int rows = vm.rows().map(AxisSlots::size).orElse(0);
            int columns = vm.columns().map(AxisSlots::size).orElse(0);
            if (h[0] >= rows || h[1] >= columns) {
                hover = Optional.empty();
            } else {
                info.accept(vm.describe(h[0], h[1]));
            }
        }
        updateBars();
        repaint();
    }

    /**
     * The width of the longest group name of one side in the bands' font; a band adds the painter's
     * margins (the 2 x 8 px fold triangle and padding) so that every name reads whole.
     */
    private double longestGroupName(boolean rows) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(
                javafx.scene.text.Font.font(
                        Fonts.hangulFamily()
                                .orElse(javafx.scene.text.Font.getDefault().getFamily()),
                        javafx.scene.text.FontWeight.BOLD,
                        HeatmapPainter.BAND_FONT));
        double longest = 0;
        for (dev.vpclab.reach.ReachAxis.Group g :
                (rows ? vm.rows() : vm.columns()).map(c -> c.axis().groups()).orElse(List.of())) {
            probe.setText(vm.groupName(g));
            longest = Math.max(longest, probe.getLayoutBounds().getWidth());
        }
        return Math.ceil(longest);
    }

    private void updateBars() {
        HeatmapGeometry g = geometry();
        double maxX = Math.max(0, g.contentWidth() - bodyWidth());
        double maxY = Math.max(0, g.contentHeight() - bodyHeight());
        horizontal.setMax(maxX);
        vertical.setMax(maxY);
        horizontal.setVisibleAmount(bodyWidth() * maxX / Math.max(1, g.contentWidth()));
        vertical.setVisibleAmount(bodyHeight() * maxY / Math.max(1, g.contentHeight()));
        horizontal.setUnitIncrement(cell);
        vertical.setUnitIncrement(cell);
        horizontal.setBlockIncrement(Math.max(cell, bodyWidth() * 0.9));
        vertical.setBlockIncrement(Math.max(cell, bodyHeight() * 0.9));
        horizontal.setValue(clamp(horizontal.getValue(), maxX));
        vertical.setValue(clamp(vertical.getValue(), maxY));
        horizontal.setDisable(maxX == 0);
        vertical.setDisable(maxY == 0);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double bar = vertical.prefWidth(-1);
        double barH = horizontal.prefHeight(-1);
        canvas.setLayoutX(0);
        canvas.setLayoutY(0);
        canvas.setWidth(Math.max(0, w - bar));
        canvas.setHeight(Math.max(0, h - barH));
        vertical.resizeRelocate(w - bar, 0, bar, Math.max(0, h - barH));
        horizontal.resizeRelocate(0, h - barH, Math.max(0, w - bar), barH);
        updateBars();
        if (fittedFor == null && vm.result().isPresent() && w > 0) {
            refresh();
        }
        repaint();
    }

    void repaint() {
        painter.paint(
                canvas.getGraphicsContext2D(),
                vm,
                geometry(),
                canvas.getWidth(),
                canvas.getHeight(),
                hover,
                HeatmapPainter.Theme.of(dark),
                Fonts.hangulFamily().orElse(javafx.scene.text.Font.getDefault().getFamily()));
    }

    /** Paints the whole matrix (every row and column, scrolled to the start) for the PNG. */
    javafx.scene.image.WritableImage snapshotAll(double maxSide) {
        HeatmapGeometry g = geometry();
        double fit =
                Math.min(
                        (maxSide - g.bodyX()) / Math.max(1, g.columns()),
                        (maxSide - g.bodyY()) / Math.max(1, g.rows()));
        double side = Math.max(1, Math.min(cell, Math.floor(fit)));
        HeatmapGeometry all =
                new HeatmapGeometry(
                        g.rows(),
                        g.columns(),
                        side,
                        band,
                        rowBand,
                        ROW_LABELS,
                        COLUMN_LABELS,
                        0,
                        0);
        double w = Math.min(maxSide, all.bodyX() + all.contentWidth());
        double h = Math.min(maxSide, all.bodyY() + all.contentHeight());
        Canvas out = new Canvas(w, h);
        new HeatmapPainter()
                .paint(
                        out.getGraphicsContext2D(),
                        vm,
                        all,
                        w,
                        h,
                        Optional.empty(),
                        HeatmapPainter.Theme.of(dark),
                        Fonts.hangulFamily()
                                .orElse(javafx.scene.text.Font.getDefault().getFamily()));
        return out.snapshot(null, null);
    }

    private void moved(double x, double y, MouseEvent e) {
        HeatmapGeometry.Hit hit = geometry().hit(x, y);
        if (hit instanceof HeatmapGeometry.CellHit c) {
            int[] now = {c.row(), c.column()};
            boolean same = hover.isPresent() && java.util.Arrays.equals(hover.get(), now);
            if (!same) {
                hover = Optional.of(now);
                List<String> words = vm.describe(c.row(), c.column());
                info.accept(words);
                tip.setText(String.join("\n", words));
                repaint();
            }
            if (tip.isShowing()) {
                tip.setAnchorX(e.getScreenX() + 16);
                tip.setAnchorY(e.getScreenY() + 16);
            } else if (getScene() != null && getScene().getWindow() != null) {
                tip.show(canvas, e.getScreenX() + 16, e.getScreenY() + 16);
            }
            canvas.setCursor(javafx.scene.Cursor.HAND);
            return;
        }
        Optional<Target> band = groupAt(hit);
        canvas.setCursor(band.isPresent() ? javafx.scene.Cursor.HAND : javafx.scene.Cursor.DEFAULT);
        left();
        band.ifPresent(b -> info.accept(List.of(vm.describeGroup(b.group()))));
    }

    private void left() {
        tip.hide();
        if (hover.isPresent()) {
            hover = Optional.empty();
            repaint();
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        HeatmapGeometry.Hit hit = geometry().hit(e.getX(), e.getY());
        if (hit instanceof HeatmapGeometry.CellHit c) {
            vm.flowAt(c.row(), c.column()).ifPresent(play);
            return;
        }
        groupAt(hit).ifPresent(g -> vm.toggle(g.rows(), g.group()));
    }

    private record Target(boolean rows, ReachAxis.Group group) {}

    /** The group a click on a band or a folded label folds or unfolds. */
    private Optional<Target> groupAt(HeatmapGeometry.Hit hit) {
        if (hit instanceof HeatmapGeometry.RowBand b) {
            return vm.rows()
                    .flatMap(s -> group(s, b.level(), b.row()))
                    .map(g -> new Target(true, g));
        }
        if (hit instanceof HeatmapGeometry.ColumnBand b) {
            return vm.columns()
                    .flatMap(s -> group(s, b.level(), b.column()))
                    .map(g -> new Target(false, g));
        }
        if (hit instanceof HeatmapGeometry.RowLabel l) {
            return vm.rows().flatMap(s -> s.slot(l.row()).group()).map(g -> new Target(true, g));
        }
        if (hit instanceof HeatmapGeometry.ColumnLabel l) {
            return vm.columns()
                    .flatMap(s -> s.slot(l.column()).group())
                    .map(g -> new Target(false, g));
        }
        return Optional.empty();
    }

    /** The group of a band at {@code level} beside a slot (a folded group stands for its band). */
    static Optional<ReachAxis.Group> group(AxisSlots slots, int level, int slot) {
        AxisSlots.Slot s = slots.slot(slot);
        if (s.group().isPresent() && s.group().get().level() <= level) {
            return s.group();
        }
        return slots.axis().groupsAt(s.start()).stream()
                .filter(g -> g.level() == level)
                .findFirst();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            zoom(e.getDeltaY() > 0 ? 1.2 : 1 / 1.2);
        } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            horizontal.setValue(clamp(horizontal.getValue() - d, horizontal.getMax()));
        } else {
            vertical.setValue(clamp(vertical.getValue() - e.getDeltaY(), vertical.getMax()));
        }
        e.consume();
    }
}
