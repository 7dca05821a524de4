package dev.vpclab.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The prices of one Region, with the date (as precise as it is known) they were collected. The
 * figures come from secondary sources and most are marked uncertain: see {@link Price#uncertain()}.
 */
public record PriceSheet(
        String region, String currency, String asOf, String asOfNote, List<Price> items) {
    public PriceSheet {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(asOfNote, "asOfNote");
        items = List.copyOf(items);
    }

    /** The price with this key. */
    public Optional<Price> price(String key) {
        Objects.requireNonNull(key, "key");
        return items.stream().filter(p -> p.key().equals(key)).findFirst();
    }
}
