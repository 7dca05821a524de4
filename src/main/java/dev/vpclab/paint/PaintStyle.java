package dev.vpclab.paint;

/**
 * The colours of the diagram for a light or a dark window.
 *
 * <p>Lines must read on a projector, where a washed-out beamer halves the contrast: {@code edge}
 * (links, routes, associations) keeps at least 4.5:1 against the canvas and the VPC and subnet
 * fills, and {@code membershipEdge} (the thinner dashed line from a component to its security
 * groups) at least 3:1, the WCAG ratios for text and for graphical objects.
 */
public record PaintStyle(
        String background,
        String grid,
        String text,
        String mutedText,
        String nodeFill,
        String nodeStroke,
        String vpcFill,
        String subnetPrivateFill,
        String subnetPublicFill,
        String selection,
        String edge,
        String membershipEdge) {

    public static final PaintStyle LIGHT =
            new PaintStyle(
                    "#FFFFFF", "#EEF0F3", "#16191F", "#5F6B7A", "#FFFFFF", "#C6CCD4", "#F7F3FF",
                    "#EEF5FC", "#F1F8E9", "#0972D3", "#5F6B7A", "#7D8998");

    public static final PaintStyle DARK =
            new PaintStyle(
                    "#1E2228", "#2A2F37", "#E9EBED", "#A3ADB8", "#2A2F37", "#4B5563", "#2B2538",
                    "#1F2D3A", "#243220", "#539FE5", "#9BA7B4", "#7D8998");
}
