package dev.vpclab.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vpclab.i18n.Message;
import dev.vpclab.importer.ImportReport.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports a CloudFormation template (JSON or YAML, short or long function forms) into a lab: the
 * functions are evaluated with the parameters' defaults and the pseudo parameters, the resources
 * are rewritten as the Terraform resources they are and go through the same mapping as state, so
 * the same network written as a template, as state or as a describe export traces the same.
 *
 * <p>A template is not a running stack: the Region (a {@code --region}, else a parameter default or
 * the subnets' zones), the account, the addresses AWS assigns at launch and the ids of what AWS
 * makes with a VPC are assumed and reported; what cannot be evaluated is left out and reported with
 * its template path.
 */
public final class CloudFormationImporter {
    /** The account a template's {@code AWS::AccountId} stands for (the AWS documentation's). */
    static final String ACCOUNT = "123456789012";

    private CloudFormationImporter() {}

    /** Imports a template file; {@code region} is what {@code AWS::Region} is, when given. */
    public static ImportResult importFrom(Path path, Optional<String> region) throws ImportFailure {
        String text = SourceFolder.readFile(path);
        return importText(path.getFileName().toString(), text, region);
    }

    static ImportResult importText(String name, String text, Optional<String> regionOption)
            throws ImportFailure {
        JsonNode template = CloudFormationTemplate.parse(name, text);
        Item top = Item.root(SourceFile.at(name, text), template);
        if (!template.isObject()) {
            throw top.failure("import.expected.object");
        }
        JsonNode resources = template.get("Resources");
        if (resources == null || !resources.isObject()) {
            throw top.field("Resources").failure("import.expected.cfnTemplate");
        }
        ImportReport.Builder report = new ImportReport.Builder();
        if (regionOption.isPresent() && !SourceFile.isRegion(regionOption.get())) {
            throw new ImportFailure(Message.of("import.error.cfnBadRegion", regionOption.get()));
        }
        String region = regionOption.or(() -> regionOf(template, name, report)).orElse(null);
        if (region == null) {
            throw new ImportFailure(Message.of("import.error.cfnNoRegion", name));
        }
        if (regionOption.isPresent()) {
            report.add(
                    Outcome.ASSUMED,
                    name,
                    "$",
                    Message.of("import.assumed.cfnRegionOption", region));
        }
        report.add(Outcome.ASSUMED, name, "$", Message.of("import.assumed.cfnAccount", ACCOUNT));
        SourceFile file = new SourceFile(name, text, Optional.of(region), Optional.of(ACCOUNT));
        String stack = name.replaceFirst("\\.[^.]*$", "");
        JsonNodeFactory json = JsonNodeFactory.instance;
        Map<String, JsonNode> pseudo = new LinkedHashMap<>();
        pseudo.put("AWS::Region", json.textNode(region));
        pseudo.put("AWS::AccountId", json.textNode(ACCOUNT));
        pseudo.put("AWS::Partition", json.textNode("aws"));
        pseudo.put("AWS::URLSuffix", json.textNode("amazonaws.com"));
        pseudo.put("AWS::StackName", json.textNode(stack));
        pseudo.put(
                "AWS::StackId",
                json.textNode(
                        "arn:aws:cloudformation:" + region + ":" + ACCOUNT + ":stack/" + stack));
        pseudo.put("AWS::NotificationARNs", json.arrayNode());
        CloudFormationResolver resolver =
                new CloudFormationResolver(template, pseudo, file, report);
        CloudFormationShapes shapes =
                new CloudFormationShapes(resources, resolver, file, report, region, ACCOUNT);
        List<String> ids = new ArrayList<>();
        for (Iterator<String> it = resources.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            JsonNode r = resources.get(id);
            if (!r.isObject() || !r.path("Type").isTextual()) {
                throw top.field("Resources").field(id).failure("import.expected.cfnResource");
            }
            if (r.has("Condition")) {
                boolean on;
                try {
                    on =
                            resolver.condition(
                                    r.get("Condition").asText(),
                                    "$.Resources." + id + ".Condition");
                } catch (CloudFormationResolver.Unresolved u) {
                    resolver.unresolved(u);
                    on = false;
                }
                if (!on) {
                    report.add(
                            Outcome.IGNORED,
                            name,
                            "$.Resources." + id,
                            Message.of(
                                    "import.ignored.cfnCondition",
                                    id,
                                    r.get("Condition").asText()));
                    continue;
                }
            }
            ids.add(id);
        }
        List<TerraformImporter.Resource> rewritten = shapes.rewrite(ids);
        AwsInventory inventory = new AwsInventory();
        new TerraformShapes(inventory, report).add(rewritten);
        return AwsDescribeImporter.build(
                inventory,
                report,
                name,
                "Imported from CloudFormation template "
                        + name
                        + ": "
                        + ids.size()
                        + " resource(s).");
    }

    /** The Region a template says: a parameter's default that is a Region, else a subnet's zone. */
    private static Optional<String> regionOf(
            JsonNode template, String name, ImportReport.Builder report) {
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Parameters").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String d = p.getValue().path("Default").asText("");
            if (SourceFile.isRegion(d)) {
                report.add(
                        Outcome.ASSUMED,
                        name,
                        "$.Parameters." + p.getKey() + ".Default",
                        Message.of("import.assumed.cfnRegionParameter", d, p.getKey()));
                return Optional.of(d);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Resources").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> r = it.next();
            String zone = r.getValue().path("Properties").path("AvailabilityZone").asText("");
            if (zone.length() > 1 && SourceFile.isRegion(zone.substring(0, zone.length() - 1))) {
                String region = zone.substring(0, zone.length() - 1);
                report.add(
                        Outcome.ASSUMED,
                        name,
                        "$.Resources." + r.getKey() + ".Properties.AvailabilityZone",
                        Message.of("import.assumed.cfnRegionZone", region, r.getKey()));
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }
}
