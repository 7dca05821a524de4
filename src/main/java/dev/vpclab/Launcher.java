package dev.vpclab;

import dev.vpclab.cli.Main;

/**
 * Entry point of the jar. With arguments it runs the {@code vpclab} command line and exits with its
 * status; without, it will open the desktop app (until the app is part of the build, it prints the
 * command line's help).
 *
 * <p>It is deliberately not a JavaFX {@code Application} subclass, so that {@code java -jar} works
 * with JavaFX on the class path and the command line never loads JavaFX.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(Main.run(args));
        }
        // The desktop app is not on this branch yet: show what the command line can do.
        System.exit(Main.run(new String[0]));
    }
}
