package dev.vpclab.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One price of the catalogue, in US dollars: a key such as {@code natGatewayHour}, the amount, what
 * it is charged per, and whether the figure is uncertain (not stated by AWS in a page we could
 * read: verify it before showing it as fact).
 */
public record Price(String key, BigDecimal usd, String unit, boolean uncertain) {
    public Price {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(usd, "usd");
        Objects.requireNonNull(unit, "unit");
        if (usd.signum() < 0) {
            throw new IllegalArgumentException("price " + key + " is negative");
        }
    }
}
