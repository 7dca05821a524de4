package dev.vpclab.export;

/**
 * Receives how far an export has got, so that a dialog can show a progress bar for a long export.
 * Called on the exporting thread with a fraction from 0 to 1 that never decreases; the last call
 * reports 1.
 */
@FunctionalInterface
public interface ExportProgress {
    /** Reports the fraction of the work done, from 0 to 1. */
    void worked(double fraction);

    /** A callback that ignores progress (the command line). */
    static ExportProgress none() {
        return fraction -> {};
    }
}
