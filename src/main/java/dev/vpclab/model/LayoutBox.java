package dev.vpclab.model;

import java.util.Optional;

/** Where a component sits on the canvas: a position, and a size for containers (VPCs, subnets). */
public record LayoutBox(double x, double y, Optional<Double> width, Optional<Double> height) {
    public LayoutBox {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("layout coordinates must be finite numbers");
        }
        width.ifPresent(LayoutBox::requirePositive);
        height.ifPresent(LayoutBox::requirePositive);
    }

    private static void requirePositive(double size) {
        if (!(size > 0) || !Double.isFinite(size)) {
            throw new IllegalArgumentException("a layout size must be a positive number");
        }
    }

    /** A point position (for components that are not containers). */
    public static LayoutBox at(double x, double y) {
        return new LayoutBox(x, y, Optional.empty(), Optional.empty());
    }

    /** A box with a size (for containers). */
    public static LayoutBox box(double x, double y, double width, double height) {
        return new LayoutBox(x, y, Optional.of(width), Optional.of(height));
    }
}
