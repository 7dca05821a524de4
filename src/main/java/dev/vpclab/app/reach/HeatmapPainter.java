package dev.vpclab.app.reach;

import dev.vpclab.reach.AxisSlots;
import dev.vpclab.reach.BlockCounts;
import dev.vpclab.reach.HeatmapGeometry;
import dev.vpclab.reach.ReachAxis;
import dev.vpclab.reach.ReachDiff;
import dev.vpclab.reach.ReachTable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints the heatmap: the cells of the visible rows and columns (one pixel per cell in an image
 * drawn scaled, so a view of 100,000 cells costs one image, not 100,000 shapes), collapsed groups
 * as bars of their verdicts' shares, the changed marks, the hovered cell, and the headers with
 * their group bands. The same painter draws the screen and the PNG export.
 */
final class HeatmapPainter {
    static final Color REACHABLE = Color.web("#1D8102");
    static final Color BLOCKED = Color.web("#D13212");
    static final Color DENIED = Color.web("#8C4FFF");
    static final Color CHANGED = Color.web("#EC7211");
    private static final Color[] VERDICT = {REACHABLE, BLOCKED, DENIED};

    /** Colours of a theme. */
    record Theme(
            Color background, Color text, Color muted, Color untraced, Color band1, Color band2) {
        static Theme of(boolean dark) {
            return dark
                    ? new Theme(
                            Color.web("#0D1117"),
                            Color.web("#E6EDF3"),
                            Color.web("#8B949E"),
                            Color.web("#30363D"),
                            Color.web("#1F2937"),
                            Color.web("#273446"))
                    : new Theme(
                            Color.WHITE,
                            Color.web("#16191F"),
                            Color.web("#5F6B7A"),
                            Color.web("#E9EBED"),
                            Color.web("#EEF1F6"),
                            Color.web("#DFE6F0"));
        }
    }

    /** The size of the group names in the bands: as large as the row and column labels. */
    static final double BAND_FONT = 12;

    private final Map<Long, BlockCounts> blocks = new HashMap<>();
    private int blocksVersion = -1;
    private int[] pixels = new int[0];
    private WritableImage image;

    /**
     * Paints the whole view of {@code width x height}.
     *
     * @param hover the hovered row and column slots, if any
     */
    void paint(
            GraphicsContext g,
            ReachViewModel vm,
            HeatmapGeometry geo,
            double width,
            double height,
            Optional<int[]> hover,
            Theme theme,
            String fontFamily) {
        g.save();
        g.setFill(theme.background());
        g.fillRect(0, 0, width, height);
        Optional<ReachViewModel.Result> result = vm.result();
        if (result.isEmpty() || vm.rows().isEmpty() || vm.columns().isEmpty()) {
            g.restore();
            return;
        }
        if (blocksVersion != vm.version()) {
            blocks.clear();
            blocksVersion = vm.version();
        }
        AxisSlots rows = vm.rows().get();
        AxisSlots columns = vm.columns().get();
        int[] vr = geo.visibleRows(height);
        int[] vc = geo.visibleColumns(width);
        g.save();
        g.beginPath();
        g.rect(geo.bodyX(), geo.bodyY(), width - geo.bodyX(), height - geo.bodyY());
        g.clip();
        body(g, vm, result.get(), rows, columns, geo, vr, vc, theme);
        marks(g, vm, result.get(), rows, columns, geo, vr, vc, hover, theme);
        g.restore();
        drawn.clear();
        headers(g, vm, rows, columns, geo, vr, vc, width, height, hover, theme, fontFamily);
        g.restore();
    }

    private void body(
            GraphicsContext g,
            ReachViewModel vm,
            ReachViewModel.Result r,
            AxisSlots rows,
            AxisSlots columns,
            HeatmapGeometry geo,
            int[] vr,
            int[] vc,
            Theme theme) {
        int w = vc[1] - vc[0];
        int h = vr[1] - vr[0];
        if (w <= 0 || h <= 0) {
            return;
        }
        if (pixels.length < w * h) {
            pixels = new int[w * h];
        }
        if (image == null || image.getWidth() < w || image.getHeight() < h) {
            image =
                    new WritableImage(
                            Math.max(w, image == null ? 0 : (int) image.getWidth()),
                            Math.max(h, image == null ? 0 : (int) image.getHeight()));
        }
        ReachTable t = r.table();
        int untraced = argb(theme.untraced());
        int[] verdict = {argb(REACHABLE), argb(BLOCKED), argb(DENIED)};
        for (int y = 0; y < h; y++) {
            AxisSlots.Slot rs = rows.slot(vr[0] + y);
            for (int x = 0; x < w; x++) {
                AxisSlots.Slot cs = columns.slot(vc[0] + x);
                int colour;
                if (rs.size() == 1 && cs.size() == 1) {
                    int v =
                            t.verdictCode(
                                    rows.axis().index(rs.start()),
                                    columns.axis().index(cs.start()));
                    colour = v < 0 ? untraced : verdict[v];
                } else {
                    colour = mixed(block(vm, vr[0] + y, vc[0] + x), untraced);
                }
                pixels[y * w + x] = colour;
            }
        }
        image.getPixelWriter()
                .setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        g.setImageSmoothing(false);
        double cell = geo.cell();
        g.drawImage(image, 0, 0, w, h, geo.columnX(vc[0]), geo.rowY(vr[0]), w * cell, h * cell);
        if (cell >= 6) {
            // Thin gaps between cells, so neighbours of one colour still read as cells.
            g.setStroke(theme.background());
            g.setLineWidth(cell >= 12 ? 1 : 0.5);
            double top = geo.rowY(vr[0]);
            double bottom = geo.rowY(vr[1]);
            double left = geo.columnX(vc[0]);
            double right = geo.columnX(vc[1]);
            for (int x = vc[0]; x <= vc[1]; x++) {
                g.strokeLine(geo.columnX(x), top, geo.columnX(x), bottom);
            }
            for (int y = vr[0]; y <= vr[1]; y++) {
                g.strokeLine(left, geo.rowY(y), right, geo.rowY(y));
            }
            // A collapsed group shows the share of each verdict as a bar, framed.
            for (int y = vr[0]; y < vr[1]; y++) {
                for (int x = vc[0]; x < vc[1]; x++) {
                    if (rows.slot(y).size() > 1 || columns.slot(x).size() > 1) {
                        bars(g, block(vm, y, x), geo.columnX(x), geo.rowY(y), cell, theme);
                    }
                }
            }
        }
    }

    private BlockCounts block(ReachViewModel vm, int row, int column) {
        return blocks.computeIfAbsent(
                ((long) row << 32) | column, k -> vm.counts(row, column).orElseThrow());
    }

    private static void bars(
            GraphicsContext g, BlockCounts b, double x, double y, double cell, Theme theme) {
        if (b.total() == 0) {
            return;
        }
        double inner = cell - 2;
        double at = x + 1;
        int[] counts = {b.reachable(), b.blocked(), b.denied()};
        g.setFill(theme.background());
        g.fillRect(x, y, cell, cell);
        for (int i = 0; i < counts.length; i++) {
            double share = inner * counts[i] / b.total();
            if (share > 0) {
                g.setFill(VERDICT[i]);
                g.fillRect(at, y + 1, share, inner);
                at += share;
            }
        }
        // A collapsed cell is framed, so it reads as a group and not a pair.
        g.setStroke(theme.text());
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, y + 0.5, cell - 1, cell - 1);
    }

    private void marks(
            GraphicsContext g,
            ReachViewModel vm,
            ReachViewModel.Result r,
            AxisSlots rows,
            AxisSlots columns,
            HeatmapGeometry geo,
            int[] vr,
            int[] vc,
            Optional<int[]> hover,
            Theme theme) {
        double cell = geo.cell();
        Optional<ReachDiff> diff = r.diff();
        if (diff.isPresent() && diff.get().count() > 0) {
            ReachDiff d = diff.get();
            for (int y = vr[0]; y < vr[1]; y++) {
                AxisSlots.Slot rs = rows.slot(y);
                for (int x = vc[0]; x < vc[1]; x++) {
                    AxisSlots.Slot cs = columns.slot(x);
                    boolean changed =
                            rs.size() == 1 && cs.size() == 1
                                    ? d.changed(
                                            rows.axis().index(rs.start()),
                                            columns.axis().index(cs.start()))
                                    : block(vm, y, x).changed() > 0;
                    if (changed) {
                        changedMark(g, geo.columnX(x), geo.rowY(y), cell);
                    }
                }
            }
        }
        hover.ifPresent(
                h -> {
                    g.setStroke(theme.text());
                    g.setLineWidth(2);
                    g.strokeRect(geo.columnX(h[1]) + 1, geo.rowY(h[0]) + 1, cell - 2, cell - 2);
                });
    }

    /** An orange frame and corner: the verdict colour stays readable inside. */
    private static void changedMark(GraphicsContext g, double x, double y, double cell) {
        g.setStroke(CHANGED);
        g.setLineWidth(Math.max(1, Math.min(3, cell / 6)));
        g.strokeRect(x + 1, y + 1, cell - 2, cell - 2);
        if (cell >= 8) {
            double s = cell * 0.45;
            g.setFill(CHANGED);
            g.fillPolygon(
                    new double[] {x + cell - s, x + cell, x + cell}, new double[] {y, y, y + s}, 3);
        }
    }

    private void headers(
            GraphicsContext g,
            ReachViewModel vm,
            AxisSlots rows,
            AxisSlots columns,
            HeatmapGeometry geo,
            int[] vr,
            int[] vc,
            double width,
            double height,
            Optional<int[]> hover,
            Theme theme,
            String family) {
        double cell = geo.cell();
        double size = Math.max(7, Math.min(12, cell * 0.75));
        Font plain = Font.font(family, size);
        Font bold = Font.font(family, FontWeight.BOLD, size);
        Font bandFont = Font.font(family, FontWeight.BOLD, BAND_FONT);
        g.setTextBaseline(VPos.CENTER);
        // Rows: bands and labels, clipped below the column header.
        g.save();
        g.beginPath();
        g.rect(0, geo.bodyY(), geo.bodyX(), height - geo.bodyY());
        g.clip();
        bands(g, vm, rows, true, geo, theme, bandFont);
        if (cell >= 7) {
            g.setTextAlign(TextAlignment.RIGHT);
            for (int y = vr[0]; y < vr[1]; y++) {
                boolean hot = hover.isPresent() && hover.get()[0] == y;
                boolean folded = rows.slot(y).collapsed();
                g.setFont(folded || hot ? bold : plain);
                g.setFill(hot ? theme.text() : folded ? theme.text() : theme.muted());
                fitText(
                        g,
                        vm.slotName(true, y),
                        geo.bodyX() - 4,
                        geo.rowY(y) + cell / 2,
                        geo.rowLabels() - 6,
                        true);
            }
        }
        g.restore();
        // Columns: bands and labels written upwards, clipped right of the row header.
        g.save();
        g.beginPath();
        g.rect(geo.bodyX(), 0, width - geo.bodyX(), geo.bodyY());
        g.clip();
        bands(g, vm, columns, false, geo, theme, bandFont);
        if (cell >= 7) {
            for (int x = vc[0]; x < vc[1]; x++) {
                boolean hot = hover.isPresent() && hover.get()[1] == x;
                boolean folded = columns.slot(x).collapsed();
                g.save();
                g.translate(geo.columnX(x) + cell / 2, geo.bodyY() - 4);
                g.rotate(-90);
                g.setTextAlign(TextAlignment.LEFT);
                g.setFont(folded || hot ? bold : plain);
                g.setFill(hot || folded ? theme.text() : theme.muted());
                fitText(g, vm.slotName(false, x), 0, 0, geo.columnLabels() - 6, false);
                g.restore();
            }
        }
        g.restore();
    }

    /** A band's name and what of it was written, for tests: a cut name ends with an ellipsis. */
    record BandText(boolean rows, String name, String shown) {}

    private final java.util.List<BandText> drawn = new java.util.ArrayList<>();

    /** The band names the last paint wrote. */
    java.util.List<BandText> bandTexts() {
        return java.util.List.copyOf(drawn);
    }

    private void bands(
            GraphicsContext g,
            ReachViewModel vm,
            AxisSlots slots,
            boolean rows,
            HeatmapGeometry geo,
            Theme theme,
            Font font) {
        ReachAxis axis = slots.axis();
        int topIndex = 0;
        double band = geo.band();
        for (ReachAxis.Group group : axis.groups()) {
            int[] range = slots.slotRange(group);
            if (range[1] <= range[0]) {
                continue;
            }
            AxisSlots.Slot first = slots.slot(range[0]);
            // A subnet inside a collapsed VPC has no band of its own.
            if (group.level() == 1 && first.group().filter(f -> f.level() == 0).isPresent()) {
                continue;
            }
            double from = rows ? geo.rowY(range[0]) : geo.columnX(range[0]);
            double to = rows ? geo.rowY(range[1]) : geo.columnX(range[1]);
            double thick = rows ? geo.rowBand() : band;
            double offset = group.level() * thick;
            if (group.level() == 0) {
                topIndex++;
            }
            Color fill = group.level() == 0 && topIndex % 2 == 0 ? theme.band2() : theme.band1();
            g.setFill(group.level() == 1 ? theme.band2() : fill);
            g.setStroke(theme.background());
            g.setLineWidth(1);
            if (rows) {
                g.fillRect(offset, from, thick - 1, to - from);
                g.strokeRect(offset, from, thick - 1, to - from);
            } else {
                g.fillRect(from, offset, to - from, thick - 1);
                g.strokeRect(from, offset, to - from, thick - 1);
            }
            boolean folded = vm.collapsed(rows, group);
            String name = vm.groupName(group);
            g.setFill(theme.text());
            g.setFont(font);
            g.setTextAlign(TextAlignment.LEFT);
            // A triangle says whether the group is open (pointing down) or folded (right); the
            // name follows it, across the band (rows: beside the group's first row).
            double t = Math.min(thick * 0.5, 8);
            double length = to - from;
            String shown = "";
            if (rows) {
                double cy = from + Math.min(length, Math.max(geo.cell(), 14)) / 2;
                // Only where the group is tall enough for a line: tiny groups say it on hover.
                if (length >= 12) {
                    triangle(g, offset + t, cy, t, folded);
                    shown = fitText(g, name, offset + 2 * t + 2, cy, thick - 2 * t - 6, false);
                }
            } else {
                // Columns mirror rows: the band is as tall as a name needs and the name is
                // written upwards beside the group's first column, so a group of one narrow
                // column still reads whole (across it, it was cut to "v...").
                double cx = from + Math.min(length, Math.max(geo.cell(), 14)) / 2;
                if (length >= 12) {
                    triangle(g, cx, offset + thick - t - 2, t, folded);
                    g.save();
                    g.translate(cx, offset + thick - 2 * t - 6);
                    g.rotate(-90);
                    shown = fitText(g, name, 0, 0, thick - 2 * t - 10, false);
                    g.restore();
                }
            }
            drawn.add(new BandText(rows, name, shown));
        }
    }

    private static void triangle(
            GraphicsContext g, double cx, double cy, double s, boolean folded) {
        double h = s / 2;
        if (folded) {
            g.fillPolygon(
                    new double[] {cx - h / 2, cx + h, cx - h / 2},
                    new double[] {cy - h, cy, cy + h},
                    3);
        } else {
            g.fillPolygon(
                    new double[] {cx - h, cx + h, cx},
                    new double[] {cy - h / 2, cy - h / 2, cy + h},
                    3);
        }
    }

    /** Writes {@code text} cut with an ellipsis to {@code max} pixels; what it wrote. */
    private static String fitText(
            GraphicsContext g, String text, double x, double y, double max, boolean right) {
        if (max <= 4) {
            return "";
        }
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(g.getFont());
        String shown = text;
        if (probe.getLayoutBounds().getWidth() > max) {
            int keep = text.length();
            while (keep > 1) {
                keep--;
                probe.setText(text.substring(0, keep) + "\u2026");
                if (probe.getLayoutBounds().getWidth() <= max) {
                    break;
                }
            }
            shown = text.substring(0, keep) + "\u2026";
        }
        g.fillText(shown, x, y);
        return shown;
    }

    private static int argb(Color c) {
        return ((int) Math.round(c.getOpacity() * 255) << 24)
                | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    /** The verdicts' colours mixed by their shares: what a folded cell shows when it is tiny. */
    private static int mixed(BlockCounts b, int untraced) {
        if (b.total() == 0) {
            return untraced;
        }
        double[] w = {b.reachable(), b.blocked(), b.denied()};
        double r = 0;
        double gr = 0;
        double bl = 0;
        for (int i = 0; i < 3; i++) {
            r += VERDICT[i].getRed() * w[i];
            gr += VERDICT[i].getGreen() * w[i];
            bl += VERDICT[i].getBlue() * w[i];
        }
        return argb(Color.color(r / b.total(), gr / b.total(), bl / b.total()));
    }
}
