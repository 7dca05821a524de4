package dev.vpclab.app.walk;

import java.util.List;

/**
 * The colours of flows played together: the Okabe-Ito palette, which stays distinguishable for the
 * common forms of colour blindness. A flow's colour follows its place in the lab's list, so it is
 * the same in the list, on the canvas and from one frame to the next.
 */
final class FlowPalette {
    /** Blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, black. */
    static final List<String> COLOURS =
            List.of(
                    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
                    "#000000");

    private FlowPalette() {}

    /** The colour of the flow at {@code index} in the lab's list (colours repeat after eight). */
    static String of(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("no flow at " + index);
        }
        return COLOURS.get(index % COLOURS.size());
    }
}
