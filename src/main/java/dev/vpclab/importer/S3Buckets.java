package dev.vpclab.importer;

import dev.vpclab.i18n.Message;
import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.model.AwsService;
import dev.vpclab.model.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * S3 buckets with their Regions and bucket policies: {@code list-buckets} ({@code Buckets}, with
 * {@code BucketRegion} where the CLI prints it), {@code get-bucket-location} ({@code
 * LocationConstraint}; null means us-east-1, {@code EU} eu-west-1) and {@code get-bucket-policy}
 * ({@code Policy}, a JSON string). The last two do not name their bucket: the file says it with a
 * top-level {@code Bucket} key (the collect recipe adds it).
 */
final class S3Buckets {
    private S3Buckets() {}

    /** The buckets of each Region, with their policies. */
    static Map<String, List<AwsService.Resource>> read(
            AwsInventory inv, ImportReport.Builder report, String defaultRegion)
            throws ImportFailure {
        Map<String, Optional<String>> regionOf = new LinkedHashMap<>();
        Map<String, Item> where = new HashMap<>();
        for (Item b : inv.all("Buckets")) {
            String name = b.text("Name");
            regionOf.put(name, b.optText("BucketRegion"));
            where.put(name, b);
        }
        for (Item root : inv.roots("LocationConstraint")) {
            Optional<String> bucket = root.optText("Bucket");
            if (bucket.isEmpty()) {
                report.add(
                        Outcome.IGNORED,
                        root.file().name(),
                        "$.LocationConstraint",
                        Message.of("import.ignored.whose", "LocationConstraint", "Bucket"));
                continue;
            }
            String location = root.optText("LocationConstraint").orElse("us-east-1");
            regionOf.put(bucket.get(), Optional.of(location.equals("EU") ? "eu-west-1" : location));
            where.putIfAbsent(bucket.get(), root);
        }
        Map<String, Policy> policies = new HashMap<>();
        for (Item root : inv.roots("Policy")) {
            Optional<String> bucket = root.optText("Bucket");
            if (bucket.isEmpty()) {
                report.add(
                        Outcome.IGNORED,
                        root.file().name(),
                        "$.Policy",
                        Message.of("import.ignored.whose", "Policy", "Bucket"));
                continue;
            }
            policies.put(bucket.get(), PolicyJson.read(root, "Policy"));
            regionOf.putIfAbsent(bucket.get(), Optional.empty());
            where.putIfAbsent(bucket.get(), root);
        }
        Map<String, List<AwsService.Resource>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Optional<String>> e : regionOf.entrySet()) {
            String name = e.getKey();
            Item item = where.get(name);
            if (e.getValue().isEmpty()) {
                report.add(
                        Outcome.ASSUMED,
                        item.file().name(),
                        item.path(),
                        Message.of("import.assumed.bucketRegion", name, defaultRegion));
            }
            String region = e.getValue().orElse(defaultRegion);
            out.computeIfAbsent(region, k -> new ArrayList<>())
                    .add(
                            new AwsService.Resource(
                                    name, region, Optional.ofNullable(policies.get(name))));
            report.add(
                    Outcome.READ, item.file().name(), item.path(), Message.of("import.read", name));
        }
        return out;
    }
}
