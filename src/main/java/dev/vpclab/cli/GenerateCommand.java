package dev.vpclab.cli;

import dev.vpclab.format.LabWriter;
import dev.vpclab.generate.LabGenerator;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Vpc;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vpclab generate}: writes a large, valid lab built from a seed. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Generate a large, valid lab of about N components (many VPCs with subnets, route"
                    + " tables, ACLs, security groups, instances, NAT and internet gateways,"
                    + " endpoints, an endpoint service, peerings, a transit gateway and a VPN).",
            "The same seed always gives the same lab. Without --out the lab is printed as YAML."
        })
final class GenerateCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Spec CommandSpec spec;

    @Option(
            names = "--components",
            paramLabel = "N",
            required = true,
            description = "About how many components (40 to 60000).")
    int components;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the lab.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (components < 40 || components > 60_000) {
            throw new BadInput(Message.of("cli.error.components", components));
        }
        Lab lab = LabGenerator.generate(components, seed);
        if (out == null) {
            spec.commandLine().getOut().print(LabWriter.toYaml(lab));
            return 0;
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
            throw new BadInput(Message.of("cli.error.noFolder", parent));
        }
        LabWriter.write(lab, out);
        spec.commandLine()
                .getOut()
                .println(
                        main.text(
                                Message.of(
                                        "cli.generate.done",
                                        out,
                                        lab.components().size(),
                                        lab.all(Vpc.class).count(),
                                        lab.flows().size(),
                                        seed)));
        return 0;
    }
}
