package dev.vpclab.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.vpclab.net.Cidr;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The offline catalogue of AWS facts: Regions with their Availability Zone ids, the VPC endpoint
 * services of each Region with their DNS names, the managed prefix lists of S3 and DynamoDB, and
 * us-east-1 prices. Loaded from {@code /assets/catalog/aws-catalog.yaml} on the class path.
 *
 * <p><b>Illustrative, not live:</b> prefix-list ids and CIDRs are teaching examples (the ranges of
 * the AWS documentation examples where there are some), the zone-name-to-id mapping is one
 * account's example, and the prices come from secondary sources and are mostly marked uncertain.
 * Nothing here is fetched from AWS.
 */
public final class AwsCatalog {
    /** Where the catalogue lives on the class path. */
    public static final String RESOURCE = "/assets/catalog/aws-catalog.yaml";

    private static final String REGION = "<region>";
    private static final String AZ_ID = "<azId>";

    private static volatile AwsCatalog standard;

    private final Map<String, RegionEntry> regions;
    private final Map<String, Map<String, ServiceEntry>> servicesByRegion;
    private final Map<String, Map<String, PrefixListEntry>> prefixListsByRegion;
    private final PriceSheet prices;

    /** Every service by its endpoint service name: traces look names up per DNS answer. */
    private final Map<String, ServiceEntry> servicesByName = new java.util.HashMap<>();

    private AwsCatalog(
            Map<String, RegionEntry> regions,
            Map<String, Map<String, ServiceEntry>> servicesByRegion,
            Map<String, Map<String, PrefixListEntry>> prefixListsByRegion,
            PriceSheet prices) {
        this.regions = regions;
        this.servicesByRegion = servicesByRegion;
        this.prefixListsByRegion = prefixListsByRegion;
        this.prices = prices;
        servicesByRegion.values().stream()
                .flatMap(m -> m.values().stream())
                .forEach(e -> servicesByName.putIfAbsent(e.serviceName(), e));
    }

    /** The catalogue shipped with the lab, read once. */
    public static AwsCatalog standard() {
        AwsCatalog c = standard;
        if (c == null) {
            synchronized (AwsCatalog.class) {
                if (standard == null) {
                    try (InputStream in = AwsCatalog.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(RESOURCE + " is not on the class path");
                        }
                        standard = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                c = standard;
            }
        }
        return c;
    }

    /**
     * Reads a catalogue in the format of {@code aws-catalog.yaml}.
     *
     * @throws IllegalArgumentException when a required entry is missing or malformed
     */
    public static AwsCatalog read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the catalogue is not a YAML mapping");
        }
        Map<String, RegionEntry> regions = new LinkedHashMap<>();
        Map<String, Map<String, List<Cidr>>> rangesByRegion = new LinkedHashMap<>();
        for (JsonNode r : required(root, "regions")) {
            Map<String, String> zones = new LinkedHashMap<>();
            required(r, "availabilityZones")
                    .fields()
                    .forEachRemaining(e -> zones.put(e.getKey(), e.getValue().asText()));
            RegionEntry region =
                    new RegionEntry(
                            text(r, "name"), text(r, "displayName"), text(r, "code"), zones);
            regions.put(region.name(), region);
            Map<String, List<Cidr>> ranges = new LinkedHashMap<>();
            r.path("prefixLists")
                    .fields()
                    .forEachRemaining(e -> ranges.put(e.getKey(), cidrs(e.getValue())));
            rangesByRegion.put(region.name(), ranges);
        }
        Map<String, Map<String, ServiceEntry>> services = new LinkedHashMap<>();
        Map<String, Map<String, PrefixListEntry>> prefixLists = new LinkedHashMap<>();
        JsonNode idPrefixes = required(root, "prefixListIds");
        for (RegionEntry region : regions.values()) {
            Map<String, ServiceEntry> ofRegion = new LinkedHashMap<>();
            for (JsonNode s : required(root, "services")) {
                ServiceEntry entry = service(s, region);
                ofRegion.put(entry.service(), entry);
            }
            services.put(region.name(), ofRegion);
            Map<String, PrefixListEntry> lists = new LinkedHashMap<>();
            rangesByRegion
                    .get(region.name())
                    .forEach(
                            (service, cidrs) ->
                                    lists.put(
                                            service,
                                            new PrefixListEntry(
                                                    "pl-"
                                                            + idPrefixes
                                                                    .path(service)
                                                                    .asText(service)
                                                            + "-"
                                                            + region.code(),
                                                    "com.amazonaws."
                                                            + region.name()
                                                            + "."
                                                            + service,
                                                    region.name(),
                                                    service,
                                                    cidrs)));
            prefixLists.put(region.name(), lists);
        }
        return new AwsCatalog(regions, services, prefixLists, priceSheet(required(root, "prices")));
    }

    /** Every Region, in catalogue order. */
    public List<RegionEntry> regions() {
        return List.copyOf(regions.values());
    }

    /** The Region with this name, for example {@code us-east-1}. */
    public Optional<RegionEntry> region(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(regions.get(name));
    }

    /** The endpoint services of a Region (empty for a Region the catalogue does not know). */
    public List<ServiceEntry> services(String region) {
        Objects.requireNonNull(region, "region");
        return List.copyOf(servicesByRegion.getOrDefault(region, Map.of()).values());
    }

    /** One service of a Region, by its short name ({@code s3}, {@code ecr.api}, ...). */
    public Optional<ServiceEntry> service(String region, String service) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(service, "service");
        return Optional.ofNullable(servicesByRegion.getOrDefault(region, Map.of()).get(service));
    }

    /** The service with this endpoint service name ({@code com.amazonaws.<region>.<service>}). */
    public Optional<ServiceEntry> serviceByName(String serviceName) {
        Objects.requireNonNull(serviceName, "serviceName");
        return Optional.ofNullable(servicesByName.get(serviceName));
    }

    /**
     * The AWS-managed prefix list of a gateway endpoint service ({@code s3} or {@code dynamodb}) in
     * a Region. Illustrative ranges: see the class comment.
     */
    public Optional<PrefixListEntry> prefixList(String region, String service) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(service, "service");
        return Optional.ofNullable(prefixListsByRegion.getOrDefault(region, Map.of()).get(service));
    }

    /** The prefix list with this id, in any Region. */
    public Optional<PrefixListEntry> prefixListById(String id) {
        Objects.requireNonNull(id, "id");
        return prefixListsByRegion.values().stream()
                .flatMap(m -> m.values().stream())
                .filter(p -> p.id().equals(id))
                .findFirst();
    }

    /** The prices (us-east-1), mostly uncertain: see {@link Price#uncertain()}. */
    public PriceSheet prices() {
        return prices;
    }

    private static ServiceEntry service(JsonNode s, RegionEntry region) {
        return new ServiceEntry(
                text(s, "service"),
                region.name(),
                text(s, "serviceName").replace(REGION, region.name()),
                s.path("gatewayEndpoint").asBoolean(false),
                s.path("interfaceEndpoint").asBoolean(false),
                names(s.path("publicDnsNames"), region),
                names(s.path("privateDnsNames"), region),
                s.hasNonNull("note") ? Optional.of(s.get("note").asText()) : Optional.empty());
    }

    /** Expands {@code <region>} and, one name per zone, {@code <azId>}. */
    private static List<String> names(JsonNode list, RegionEntry region) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) {
            String name = n.asText().replace(REGION, region.name());
            if (name.contains(AZ_ID)) {
                region.azIds().forEach(az -> out.add(name.replace(AZ_ID, az)));
            } else {
                out.add(name);
            }
        }
        return out;
    }

    private static List<Cidr> cidrs(JsonNode list) {
        List<Cidr> out = new ArrayList<>();
        list.forEach(c -> out.add(Cidr.parse(c.asText())));
        return out;
    }

    private static PriceSheet priceSheet(JsonNode p) {
        List<Price> items = new ArrayList<>();
        for (JsonNode i : required(p, "items")) {
            items.add(
                    new Price(
                            text(i, "key"),
                            new BigDecimal(text(i, "usd")),
                            text(i, "unit"),
                            i.path("uncertain").asBoolean(true)));
        }
        return new PriceSheet(
                text(p, "region"),
                text(p, "currency"),
                text(p, "asOf"),
                p.path("asOfNote").asText(""),
                items);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("the catalogue entry lacks '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }
}
