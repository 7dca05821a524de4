package dev.vpclab;

import dev.vpclab.app.VpcLabApp;
import dev.vpclab.cli.Main;
import java.util.Locale;
import java.util.Optional;

/**
 * Entry point of the jar. With arguments it runs the {@code vpclab} command line and exits with its
 * status; without, it opens the desktop app.
 *
 * <p>It is deliberately not a JavaFX {@code Application} subclass, so that {@code java -jar} works
 * with JavaFX on the class path, and the command line never loads JavaFX (the app's class is only
 * reached when there are no arguments).
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(Main.run(args));
        }
        // Before JavaFX starts: without GTK 3 it would fail with a stack trace that does not say
        // what to install.
        Optional<String> problem = DesktopLibraries.problem();
        if (problem.isPresent()) {
            System.err.println(problem.get());
            System.exit(1);
        }
        try {
            VpcLabApp.launchApp(args);
        } catch (RuntimeException e) {
            if (!DesktopLibraries.isGtkFailure(e)) {
                throw e;
            }
            System.err.println(DesktopLibraries.noGtk().render(Locale.getDefault()));
            System.exit(1);
        }
    }
}
