package dev.vpclab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.format.LabWriter;
import dev.vpclab.i18n.Message;
import dev.vpclab.importer.AwsDescribeImporter;
import dev.vpclab.importer.CloudFormationImporter;
import dev.vpclab.importer.ImportFailure;
import dev.vpclab.importer.ImportReport;
import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.importer.ImportResult;
import dev.vpclab.importer.TerraformImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vpclab import aws PATH --out LAB.yaml}: a lab from an AWS describe export. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Import a real AWS network into a lab. FORMAT is aws: a folder (or zip) of the JSON"
                    + " the AWS CLI describe commands print; or terraform: the JSON that"
                    + " terraform show -json prints; or cloudformation: a template, YAML or JSON (see"
                    + " docs/import.md).",
            "Prints the import report: what was read, ignored and assumed. Unreadable input"
                    + " (exit status 2) names the file, the line and the JSON path; no lab is"
                    + " written then."
        })
final class ImportCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FORMAT",
            description = "aws, terraform or cloudformation")
    String format;

    @Parameters(
            index = "1",
            paramLabel = "PATH",
            description = "Export folder, zip or file; state file; or template.")
    Path input;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "LAB",
            description = "Lab to write (YAML; JSON when it ends in .json).")
    Path out;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the report here.")
    Path reportFile;

    @Option(names = "--json", description = "The report as JSON.")
    boolean json;

    @Option(
            names = "--region",
            paramLabel = "REGION",
            description =
                    "cloudformation: the Region AWS::Region stands for (else a parameter default"
                            + " or a subnet zone says it).")
    String region;

    @Override
    public Integer call() throws IOException {
        ImportResult result;
        try {
            result =
                    switch (format) {
                        case "aws" -> AwsDescribeImporter.importFrom(input);
                        case "terraform" -> TerraformImporter.importFrom(input);
                        case "cloudformation", "cfn" ->
                                CloudFormationImporter.importFrom(
                                        input, Optional.ofNullable(region));
                        default ->
                                throw new BadInput(
                                        Message.of(
                                                "cli.import.format",
                                                format,
                                                "aws, terraform, cloudformation"));
                    };
        } catch (ImportFailure e) {
            throw new BadInput(e.explanation());
        }
        // Written to a neighbour first, then moved: a failure never leaves half a lab.
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        // A lab is YAML, and JSON is YAML too: LAB.json is written as JSON, several times faster
        // for an account-sized network.
        boolean asJson = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        String labText = asJson ? LabWriter.toJson(result.lab()) : LabWriter.toYaml(result.lab());
        Files.writeString(tmp, labText, StandardCharsets.UTF_8);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        String text = json ? toJson(result.report()) : toText(result.report());
        PrintWriter pw = spec.commandLine().getOut();
        pw.print(text);
        if (reportFile != null) {
            Files.writeString(reportFile, text, StandardCharsets.UTF_8);
        }
        return 0;
    }

    private String toText(ImportReport report) {
        StringBuilder sb = new StringBuilder();
        for (ImportReport.Entry e : report.entries()) {
            sb.append(e.outcome()).append(' ');
            if (!e.file().isEmpty()) {
                sb.append(e.file()).append(' ');
            }
            sb.append(e.jsonPath()).append(": ").append(main.text(e.message())).append('\n');
        }
        sb.append(
                        main.text(
                                Message.of(
                                        "cli.import.summary",
                                        input,
                                        report.with(Outcome.READ).size(),
                                        report.with(Outcome.IGNORED).size(),
                                        report.with(Outcome.ASSUMED).size(),
                                        out)))
                .append('\n');
        return sb.toString();
    }

    private static String toJson(ImportReport report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode entries = root.putArray("entries");
        for (ImportReport.Entry e : report.entries()) {
            ObjectNode o = entries.addObject();
            o.put("outcome", e.outcome().toString());
            o.put("file", e.file());
            o.put("path", e.jsonPath());
            o.put("message", e.message().english());
        }
        return root + "\n";
    }
}
