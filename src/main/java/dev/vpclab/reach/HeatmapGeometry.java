package dev.vpclab.reach;

/**
 * Where things are on the heatmap, as pure geometry so that hit-testing is tested without a screen.
 * Left of the cells are two bands (the VPC or outside group, then the subnet) and the row labels;
 * above them the same for the columns. Cells are square, {@code cell} pixels, and the body scrolls
 * by {@code scrollX, scrollY} pixels under headers that stay put.
 *
 * @param rows row slots
 * @param columns column slots
 * @param cell side of a cell in pixels
 * @param band height of a column group band in pixels
 * @param rowBand width of a row group band in pixels (wide enough for a name written across)
 * @param rowLabels width of the row labels
 * @param columnLabels height of the column labels
 */
public record HeatmapGeometry(
        int rows,
        int columns,
        double cell,
        double band,
        double rowBand,
        double rowLabels,
        double columnLabels,
        double scrollX,
        double scrollY) {
    public HeatmapGeometry {
        if (rows < 0 || columns < 0 || cell <= 0 || band < 0 || rowBand < 0) {
            throw new IllegalArgumentException("bad heatmap geometry");
        }
    }

    /** What a point of the view is over. */
    public sealed interface Hit {}

    /** A cell: row slot and column slot. */
    public record CellHit(int row, int column) implements Hit {}

    /** A row label. */
    public record RowLabel(int row) implements Hit {}

    /** A column label. */
    public record ColumnLabel(int column) implements Hit {}

    /** A row band at {@code level} (0 the VPC, 1 the subnet) beside row slot {@code row}. */
    public record RowBand(int level, int row) implements Hit {}

    /** A column band at {@code level} above column slot {@code column}. */
    public record ColumnBand(int level, int column) implements Hit {}

    /** Nothing: the corner, or beyond the last row or column. */
    public record Nowhere() implements Hit {}

    /** Where the cells start, from the left. */
    public double bodyX() {
        return 2 * rowBand + rowLabels;
    }

    /** Where the cells start, from the top. */
    public double bodyY() {
        return 2 * band + columnLabels;
    }

    /** Width of all columns. */
    public double contentWidth() {
        return columns * cell;
    }

    /** Height of all rows. */
    public double contentHeight() {
        return rows * cell;
    }

    /** The left edge of a column slot on the view (scrolled). */
    public double columnX(int column) {
        return bodyX() + column * cell - scrollX;
    }

    /** The top edge of a row slot on the view (scrolled). */
    public double rowY(int row) {
        return bodyY() + row * cell - scrollY;
    }

    /** What the point {@code (x, y)} of the view is over. */
    public Hit hit(double x, double y) {
        boolean inRows = y >= bodyY();
        boolean inColumns = x >= bodyX();
        int row = inRows ? (int) Math.floor((y - bodyY() + scrollY) / cell) : -1;
        int column = inColumns ? (int) Math.floor((x - bodyX() + scrollX) / cell) : -1;
        if (inRows && (row < 0 || row >= rows)) {
            return new Nowhere();
        }
        if (inColumns && (column < 0 || column >= columns)) {
            return new Nowhere();
        }
        if (inRows && inColumns) {
            return new CellHit(row, column);
        }
        if (inRows && x >= 0) {
            if (x < rowBand) {
                return new RowBand(0, row);
            }
            return x < 2 * rowBand ? new RowBand(1, row) : new RowLabel(row);
        }
        if (inColumns && y >= 0) {
            if (y < band) {
                return new ColumnBand(0, column);
            }
            return y < 2 * band ? new ColumnBand(1, column) : new ColumnLabel(column);
        }
        return new Nowhere();
    }

    /** The first and one-past-last row slots a view of height {@code height} shows. */
    public int[] visibleRows(double height) {
        return visible(scrollY, height - bodyY(), rows);
    }

    /** The first and one-past-last column slots a view of width {@code width} shows. */
    public int[] visibleColumns(double width) {
        return visible(scrollX, width - bodyX(), columns);
    }

    private int[] visible(double scroll, double extent, int count) {
        int first = Math.max(0, (int) Math.floor(scroll / cell));
        int end = Math.min(count, (int) Math.ceil((scroll + Math.max(0, extent)) / cell));
        return new int[] {first, Math.max(first, end)};
    }

    /** This geometry scrolled to {@code (x, y)}, kept within the content. */
    public HeatmapGeometry scrolledTo(double x, double y, double width, double height) {
        double maxX = Math.max(0, contentWidth() - (width - bodyX()));
        double maxY = Math.max(0, contentHeight() - (height - bodyY()));
        return new HeatmapGeometry(
                rows,
                columns,
                cell,
                band,
                rowBand,
                rowLabels,
                columnLabels,
                Math.max(0, Math.min(maxX, x)),
                Math.max(0, Math.min(maxY, y)));
    }
}
