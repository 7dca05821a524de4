package dev.vpclab.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An AWS Region of the catalogue: its name, display name, short code (the prefix of its AZ ids, for
 * example {@code use1}) and its Availability Zones, by name, with their ids.
 *
 * <p>The mapping of zone names to zone ids differs between AWS accounts; the catalogue holds one
 * example mapping. Zone ids are the same in every account.
 */
public record RegionEntry(
        String name, String displayName, String code, Map<String, String> availabilityZones) {
    public RegionEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(code, "code");
        availabilityZones = Collections.unmodifiableMap(new LinkedHashMap<>(availabilityZones));
    }

    /** The zone names, in catalogue order ({@code us-east-1a}, ...). */
    public List<String> azNames() {
        return List.copyOf(availabilityZones.keySet());
    }

    /** The zone ids, in the order of the zone names ({@code use1-az1}, ...). */
    public List<String> azIds() {
        return List.copyOf(availabilityZones.values());
    }

    /** The zone id of a zone name in the catalogue's example account. */
    public Optional<String> azId(String azName) {
        Objects.requireNonNull(azName, "azName");
        return Optional.ofNullable(availabilityZones.get(azName));
    }
}
