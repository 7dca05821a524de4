package dev.vpclab.cli;

import dev.vpclab.i18n.Message;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code vpclab} command line. {@link #run(String[])} parses the arguments, runs one command
 * and returns the exit status: 0 when the command did its work (an unreachable flow or a lab with
 * warnings is a result, not a failure), 2 for bad input or usage and for {@code check} of a lab
 * with errors, 3 for {@code grade} of a lab that does not pass, 1 for an internal error. It never
 * calls {@code System.exit} and never prints a stack trace.
 */
@Command(
        name = "vpclab",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        sortOptions = false,
        description = {
            "Trace packets through an AWS VPC lab as AWS would, check lab files, print"
                    + " reachability matrices and generate large labs.",
            "Without a command, the jar opens the desktop app."
        },
        footerHeading = "%nExit status:%n",
        footer = {
            "  0  the command did its work (an unreachable flow or a lab with warnings only is"
                    + " a result)",
            "  1  internal error (a bug: please report it with the command and the lab file)",
            "  2  bad input or usage: a missing file, a lab that does not load, an unknown id;"
                    + " check of a lab with errors",
            "  3  grade: the lab does not pass the challenge"
        },
        subcommands = {
            TraceCommand.class,
            CheckCommand.class,
            ReachCommand.class,
            GenerateCommand.class,
            GradeCommand.class,
            ExportCommand.class,
            ImportCommand.class
        })
public final class Main implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
            names = "--lang",
            defaultValue = "en",
            description = "Language of the text output: en or ko (JSON is always English).",
            scope = CommandLine.ScopeType.INHERIT)
    String lang;

    /** Runs a command with the process's standard output and error. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return run(args, out, err);
    }

    /** Runs a command, printing to the given writers (which tests capture). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CommandLine.defaultFactory());
    }

    /** Runs a command whose objects the factory makes (tests give commands a failing part). */
    static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        CommandLine commandLine = new CommandLine(new Main(), factory);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(Main::usageError);
        commandLine.setExecutionExceptionHandler(Main::failure);
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Picocli only handles exceptions; a lab too large for the heap must still end in one
            // sentence, not a stack trace. The failed command's objects are garbage by now.
            Locale locale = commandLine.getCommand() instanceof Main m ? m.locale() : Locale.ROOT;
            String key =
                    e instanceof StackOverflowError
                            ? "cli.error.stackOverflow"
                            : "cli.error.outOfMemory";
            err.println("vpclab: " + Message.of(key).render(locale));
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Without a command: the help, to standard output. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The language of text output chosen with {@code --lang}. */
    Locale locale() {
        return "ko".equalsIgnoreCase(lang) ? Locale.KOREAN : Locale.ROOT;
    }

    /** A message in the chosen language. */
    String text(Message message) {
        return message.render(locale());
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("vpclab: " + e.getMessage());
        err.println(
                Message.of("cli.error.usageHint", cmd.getCommandSpec().qualifiedName()).english());
        return 2;
    }

    private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        Main root = cmd.getCommandSpec().root().userObject() instanceof Main m ? m : null;
        Locale locale = root == null ? Locale.ROOT : root.locale();
        if (e instanceof BadInput bad) {
            err.println("vpclab: " + bad.paragraph().render(locale));
            return 2;
        }
        err.println(
                "vpclab: "
                        + Message.of(
                                        "cli.error.internal",
                                        e.getClass().getSimpleName(),
                                        String.valueOf(e.getMessage()))
                                .render(locale));
        return 1;
    }

    /** The version of the jar, from the Maven metadata the jar carries. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = "development build";
            try (InputStream in =
                    Main.class.getResourceAsStream(
                            "/META-INF/maven/dev.vpclab/vpc-endpoint-lab/pom.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    version = p.getProperty("version", version);
                }
            } catch (java.io.IOException e) {
                // keep "development build": the version is a courtesy, not worth failing for
            }
            return new String[] {"vpclab " + version, "Lab format " + dev.vpclab.model.Lab.FORMAT};
        }
    }
}
