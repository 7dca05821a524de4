package dev.vpclab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line from tests in other packages, discarding its output. */
public final class MainTestAccess {
    private MainTestAccess() {}

    /** The exit status of {@code vpclab args...}. */
    public static int status(String... args) {
        return Main.run(
                args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }
}
