package dev.vpclab.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.i18n.Message;
import dev.vpclab.importer.ImportReport.Outcome;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resources of an export folder grouped by the top-level key of the Describe output they came
 * in ({@code Vpcs}, {@code Subnets}, ...): dispatch is on the keys, never on file names. Keys of
 * other services (RDS, Lambda, ...) are reported as ignored; empty arrays are fine.
 */
final class AwsInventory {
    /** The top-level keys the importer reads. */
    static final Set<String> KEYS =
            Set.of(
                    "Vpcs",
                    "Subnets",
                    "RouteTables",
                    "SecurityGroups",
                    "NetworkAcls",
                    "Reservations",
                    "VpcEndpoints",
                    "NatGateways",
                    "InternetGateways",
                    "PrefixLists",
                    "ManagedPrefixLists",
                    "VpcPeeringConnections",
                    "NetworkInterfaces",
                    "ServiceConfigurations",
                    "ServiceDetails",
                    "VpcEndpointConnections",
                    "LoadBalancers",
                    "Listeners",
                    "TargetGroups",
                    "TransitGateways",
                    "TransitGatewayAttachments",
                    "TransitGatewayVpcAttachments",
                    "TransitGatewayRouteTables",
                    "VpnGateways",
                    "VpnConnections",
                    "CustomerGateways",
                    "Buckets",
                    "EgressOnlyInternetGateways",
                    "Addresses");

    /**
     * Keys of outputs that do not say whose they are ({@code describe-target-health}, {@code
     * get-bucket-policy}, ...): the whole file is kept, so that a sibling key added by the collect
     * recipe ({@code TargetGroupArn}, {@code Bucket}, ...) can say it.
     */
    static final Set<String> SCOPED =
            Set.of(
                    "Attributes",
                    "TargetHealthDescriptions",
                    "AllowedPrincipals",
                    "Routes",
                    "TransitGatewayRouteTablePropagations",
                    "Associations",
                    "Policy",
                    "LocationConstraint");

    /** The sibling keys that say whose a scoped output is. */
    private static final Set<String> OWNER_KEYS =
            Set.of(
                    "LoadBalancerArn",
                    "TargetGroupArn",
                    "ServiceId",
                    "TransitGatewayRouteTableId",
                    "Bucket");

    /** Keys that only carry paging or request metadata. */
    private static final Set<String> METADATA =
            Set.of(
                    "NextToken",
                    "ResponseMetadata",
                    "Marker",
                    "NextMarker",
                    "Owner",
                    "AdditionalRoutesAvailable");

    private static final Pattern ZONE_REGION = Pattern.compile("^([a-z]{2}(-[a-z]+)+-\\d+)[a-z]$");
    private static final Pattern SERVICE_REGION =
            Pattern.compile("^com\\.amazonaws\\.([a-z]{2}(-[a-z]+)+-\\d+)\\.");

    private final Map<String, List<Item>> byKey = new LinkedHashMap<>();
    private final List<Item> vpcAttributes = new ArrayList<>();
    private final Map<String, List<Item>> roots = new LinkedHashMap<>();
    private final ObjectMapper mapper = new ObjectMapper();

    List<Item> all(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** Adds a resource in the Describe shape of {@code key}, made by another reader. */
    void add(String key, Item item) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
    }

    /** Adds an output that holds a scoped key, made by another reader. */
    void addRoot(String scopedKey, Item root) {
        roots.computeIfAbsent(scopedKey, k -> new ArrayList<>()).add(root);
    }

    /** Adds a {@code describe-vpc-attribute} output, made by another reader. */
    void addVpcAttribute(Item item) {
        vpcAttributes.add(item);
    }

    /** The files (their root objects) that hold a scoped key. */
    List<Item> roots(String scopedKey) {
        return roots.getOrDefault(scopedKey, List.of());
    }

    List<Item> vpcAttributes() {
        return vpcAttributes;
    }

    /** Reads every file, failing on the first that is not JSON (the lab must not be half made). */
    void read(List<SourceFile> files, ImportReport.Builder report) throws ImportFailure {
        for (SourceFile f : files) {
            JsonNode root = parse(f);
            Item item = Item.root(f, root);
            if (!root.isObject()) {
                throw item.failure("import.expected.object");
            }
            if (root.has("VpcId")
                    && (root.has("EnableDnsSupport") || root.has("EnableDnsHostnames"))) {
                vpcAttributes.add(item); // describe-vpc-attribute prints one attribute per call
                continue;
            }
            for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (KEYS.contains(key)) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).addAll(item.items(key));
                } else if (SCOPED.contains(key)) {
                    roots.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
                } else if (!METADATA.contains(key) && !OWNER_KEYS.contains(key)) {
                    report.add(
                            Outcome.IGNORED,
                            f.name(),
                            "$." + key,
                            Message.of("import.ignored.key", key));
                }
            }
        }
    }

    private JsonNode parse(SourceFile f) throws ImportFailure {
        try {
            JsonNode root = mapper.readTree(f.text());
            if (root == null || root.isMissingNode()) {
                throw new ImportFailure(Message.of("import.error.empty", f.name()));
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            return fail(f, line, column, e.getOriginalMessage());
        }
    }

    private static JsonNode fail(SourceFile f, int line, int column, String why)
            throws ImportFailure {
        throw new ImportFailure(Message.of("import.error.syntax", f.name(), line, column, why));
    }

    /**
     * The one Region of a flat folder ({@code DIR/*.json}), read from the subnets' zones or the
     * AWS-managed prefix-list names; never a default.
     */
    Optional<String> inferredRegion() throws ImportFailure {
        for (Item s : all("Subnets")) {
            Optional<String> zone = s.optText("AvailabilityZone");
            if (zone.isPresent()) {
                Matcher m = ZONE_REGION.matcher(zone.get());
                if (m.matches()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        for (String key : List.of("PrefixLists", "ManagedPrefixLists", "VpcEndpoints")) {
            for (Item p : all(key)) {
                Optional<String> name =
                        p.optText("PrefixListName").or(() -> optional(p, "ServiceName"));
                if (name.isPresent()) {
                    Matcher m = SERVICE_REGION.matcher(name.get());
                    if (m.find()) {
                        return Optional.of(m.group(1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> optional(Item i, String field) {
        try {
            return i.optText(field);
        } catch (ImportFailure e) {
            return Optional.empty();
        }
    }

    /** The Region of a service name such as {@code com.amazonaws.eu-west-1.s3}. */
    static Optional<String> regionOfServiceName(String name) {
        Matcher m = SERVICE_REGION.matcher(name);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
