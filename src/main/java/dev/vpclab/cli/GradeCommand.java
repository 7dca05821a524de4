package dev.vpclab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import dev.vpclab.study.Challenge;
import dev.vpclab.study.ChallengeLoad;
import dev.vpclab.study.ChallengeReader;
import dev.vpclab.study.ConditionResult;
import dev.vpclab.study.Grade;
import dev.vpclab.study.Grader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vpclab grade}: grades a learner's lab against a challenge's goal conditions. */
@Command(
        name = "grade",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Grade a lab against a challenge: trace each goal's flow as AWS would and say which"
                    + " goal conditions pass and why the others fail.",
            "Exit status: 0 when the lab passes, 3 when it does not, 2 for bad input (a"
                    + " missing file, a lab that does not load, a challenge file with errors),"
                    + " 1 only for an internal error.",
            "--json prints one JSON object: passed, and for each condition: condition, passed,"
                    + " why."
        })
final class GradeCommand implements Callable<Integer> {
    /**
     * The exit status of a lab that does not pass: distinct from 1 (internal error) and 2 (bad
     * input), so a script can tell a failing learner from a broken run.
     */
    static final int NOT_PASSED = 3;

    @ParentCommand Main main;

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CHALLENGE", description = "The challenge file.")
    Path challengeFile;

    @Parameters(index = "1", paramLabel = "LAB", description = "The learner's lab file.")
    Path labFile;

    @Option(names = "--json", description = "JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        LabFiles.read(challengeFile); // a missing file is bad input, like any command's
        ChallengeLoad load = ChallengeReader.read(challengeFile);
        if (!load.ok()) {
            String nl = System.lineSeparator() + "  ";
            String errors =
                    load.errors().stream().map(main::text).collect(Collectors.joining(nl, nl, ""));
            throw new BadInput(Message.of("study.cli.badChallenge", challengeFile, errors));
        }
        Challenge challenge = load.challenge().orElseThrow();
        Lab lab = LabFiles.load(labFile);
        Grade grade = Grader.grade(challenge, lab);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(challenge, grade));
        } else {
            print(out, challenge, grade);
        }
        return grade.passed() ? 0 : NOT_PASSED;
    }

    private void print(PrintWriter out, Challenge challenge, Grade grade) {
        out.println(
                main.text(
                        Message.of(
                                "study.cli.challenge",
                                challenge.id(),
                                challenge.title().in(main.locale()))));
        int n = 1;
        for (ConditionResult r : grade.conditions()) {
            String mark = main.text(Message.of(r.passed() ? "study.cli.pass" : "study.cli.fail"));
            out.println("  " + n++ + ". [" + mark + "] " + main.text(r.condition().describe()));
            out.println("       " + main.text(r.why()));
        }
        int failed = grade.failures().size();
        out.println(
                main.text(
                        grade.passed()
                                ? Message.of("study.cli.passed")
                                : Message.of(
                                        "study.cli.failed", failed, grade.conditions().size())));
    }

    private static ObjectNode toJson(Challenge challenge, Grade grade) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("challenge", challenge.id());
        out.put("passed", grade.passed());
        ArrayNode conditions = out.putArray("conditions");
        for (ConditionResult r : grade.conditions()) {
            ObjectNode o = conditions.addObject();
            o.put("condition", r.condition().describe().english());
            o.put("kind", r.condition().fileKey());
            o.put("passed", r.passed());
            o.put("why", r.why().english());
            r.blockedAt().ifPresent(b -> o.put("blockedAt", b));
            r.reason().ifPresent(code -> o.put("reason", code.name()));
        }
        return out;
    }
}
