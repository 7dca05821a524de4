package dev.vpclab;

import dev.vpclab.app.VpcLabApp;
import javafx.application.Application;

/**
 * Entry point of the jar. With no arguments it opens the desktop app; with arguments it will run
 * the command line (see {@code dev.vpclab.cli}). A plain class, not an {@code Application}, so that
 * {@code java -jar} works with JavaFX on the class path.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length > 0) {
            // The command line is being written in another branch; until it lands, say so.
            System.err.println("vpclab: the command line is not available in this build yet");
            System.exit(2);
        }
        Application.launch(VpcLabApp.class, args);
    }
}
