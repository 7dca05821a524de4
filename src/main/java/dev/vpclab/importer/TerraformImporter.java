package dev.vpclab.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.i18n.Message;
import dev.vpclab.importer.ImportReport.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports the JSON that {@code terraform show -json} prints (the resources of {@code
 * values.root_module} and of every child module) into a lab. Each AWS resource is rewritten in the
 * shape its Describe call prints and goes through the same mapping as a describe export, so that
 * both sources make the same lab; what state leaves out (the local route, the main route table and
 * default network ACL AWS created, gateway-endpoint routes, propagated routes) is rebuilt the same
 * way and reported.
 */
public final class TerraformImporter {
    private TerraformImporter() {}

    /** One resource of the state: where it is, its type and its attribute values. */
    record Resource(String address, String type, boolean managed, Item values) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Imports a state file. */
    public static ImportResult importFrom(Path path) throws ImportFailure {
        String text = SourceFolder.readFile(path);
        return importText(path.getFileName().toString(), text);
    }

    static ImportResult importText(String name, String text) throws ImportFailure {
        SourceFile file = SourceFile.at(name, text);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new ImportFailure(
                    Message.of("import.error.syntax", name, line, column, e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new ImportFailure(Message.of("import.error.empty", name));
        }
        Item top = Item.root(file, root);
        if (!root.isObject()) {
            throw top.failure("import.expected.object");
        }
        Item values =
                top.object("values")
                        .orElseThrow(
                                () ->
                                        top.field("values")
                                                .failure(
                                                        "import.expected.tfState",
                                                        "terraform show -json",
                                                        "values"));
        List<Resource> resources = new ArrayList<>();
        Optional<Item> rootModule = values.object("root_module");
        if (rootModule.isPresent()) {
            collect(rootModule.get(), resources);
        }
        Optional<String> region = regionOf(resources);
        if (region.isEmpty()) {
            throw new ImportFailure(Message.of("import.error.tfNoRegion", name));
        }
        // Every resource of the state is in the one Region its ARNs and zones say.
        SourceFile inRegion = new SourceFile(name, text, region, Optional.empty());
        List<Resource> located = new ArrayList<>(resources.size());
        for (Resource r : resources) {
            Item v = r.values();
            located.add(
                    new Resource(
                            r.address(),
                            r.type(),
                            r.managed(),
                            new Item(inRegion, v.path(), v.pointer(), v.node())));
        }
        ImportReport.Builder report = new ImportReport.Builder();
        AwsInventory inventory = new AwsInventory();
        new TerraformShapes(inventory, report).add(located);
        return AwsDescribeImporter.build(
                inventory,
                report,
                name,
                "Imported from Terraform state "
                        + name
                        + ": "
                        + resources.size()
                        + " resource(s).");
    }

    /**
     * The Region of the state: the one its resources' ARNs name ({@code
     * arn:aws:ec2:us-east-1:...}), else the one its subnets' zones say. State does not record the
     * provider's Region itself.
     */
    private static Optional<String> regionOf(List<Resource> resources) {
        for (Resource r : resources) {
            Optional<String> fromArn = TerraformShapes.regionOfArn(r.values());
            if (fromArn.isPresent() && !r.type().startsWith("aws_s3")) {
                return fromArn;
            }
        }
        for (Resource r : resources) {
            String zone = Ec2Network.opt(r.values(), "availability_zone").orElse("");
            if (zone.length() > 1 && SourceFile.isRegion(zone.substring(0, zone.length() - 1))) {
                return Optional.of(zone.substring(0, zone.length() - 1));
            }
        }
        return Optional.empty();
    }

    /** The resources of a module and, depth first, of its child modules. */
    private static void collect(Item module, List<Resource> out) throws ImportFailure {
        for (Item r : module.items("resources")) {
            Item values = r.object("values").orElse(r.field("values"));
            out.add(
                    new Resource(
                            r.optText("address").orElse(r.path()),
                            r.optText("type").orElse(""),
                            !"data".equals(r.optText("mode").orElse("managed")),
                            values));
        }
        for (Item child : module.items("child_modules")) {
            collect(child, out);
        }
    }

    /** Reports a resource of a type the lab does not model. */
    static void ignored(ImportReport.Builder report, Resource r) {
        report.add(
                Outcome.IGNORED,
                r.values().file().name(),
                r.values().path(),
                Message.of("import.ignored.tfType", r.address(), r.type()));
    }
}
