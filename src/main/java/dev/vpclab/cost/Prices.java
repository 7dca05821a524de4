package dev.vpclab.cost;

import dev.vpclab.catalog.AwsCatalog;
import dev.vpclab.catalog.Price;
import dev.vpclab.catalog.PriceSheet;
import dev.vpclab.i18n.Message;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The prices a flow's cost is computed with, in US dollars, with the Region and the date they were
 * collected. They start from the catalogue's price sheet and each can be overridden with {@link
 * #with(String, BigDecimal)} (the user's own negotiated or newer prices).
 *
 * @param uncertain some figure comes from a secondary source (see the catalogue) or was edited
 */
public record Prices(
        String region,
        String asOf,
        BigDecimal natGatewayHour,
        BigDecimal natGatewayDataProcessed,
        BigDecimal interfaceEndpointAzHour,
        BigDecimal interfaceEndpointData,
        BigDecimal dataTransferToInternet,
        BigDecimal dataTransferCrossAz,
        boolean uncertain) {

    /** Hours in a month, as AWS prices monthly figures. */
    public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);

    public Prices {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(asOf, "asOf");
        for (BigDecimal p :
                new BigDecimal[] {
                    natGatewayHour, natGatewayDataProcessed, interfaceEndpointAzHour,
                    interfaceEndpointData, dataTransferToInternet, dataTransferCrossAz
                }) {
            if (Objects.requireNonNull(p, "price").signum() < 0) {
                throw new IllegalArgumentException("a price cannot be negative: " + p);
            }
        }
    }

    /** The catalogue's prices. */
    public static Prices standard() {
        return from(AwsCatalog.standard().prices());
    }

    /** The prices of a price sheet; a missing item is an error in the catalogue. */
    public static Prices from(PriceSheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        String[] keys = {
            "natGatewayHour", "natGatewayDataProcessed", "interfaceEndpointAzHour",
            "interfaceEndpointDataFirstPb", "dataTransferToInternet", "dataTransferCrossAz"
        };
        BigDecimal[] v = new BigDecimal[keys.length];
        boolean uncertain = false;
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            Price p =
                    sheet.price(key)
                            .orElseThrow(() -> new IllegalArgumentException("no price " + key));
            v[i] = p.usd();
            uncertain |= p.uncertain();
        }
        return new Prices(
                sheet.region(), sheet.asOf(), v[0], v[1], v[2], v[3], v[4], v[5], uncertain);
    }

    /**
     * The same prices with one changed, by the catalogue's key ({@code natGatewayHour}, {@code
     * natGatewayDataProcessed}, {@code interfaceEndpointAzHour}, {@code interfaceEndpointData},
     * {@code dataTransferToInternet}, {@code dataTransferCrossAz}); the date becomes "edited".
     */
    public Prices with(String key, BigDecimal usd) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(usd, "usd");
        BigDecimal[] v = {
            natGatewayHour, natGatewayDataProcessed, interfaceEndpointAzHour,
            interfaceEndpointData, dataTransferToInternet, dataTransferCrossAz
        };
        int i =
                switch (key) {
                    case "natGatewayHour" -> 0;
                    case "natGatewayDataProcessed" -> 1;
                    case "interfaceEndpointAzHour" -> 2;
                    case "interfaceEndpointData", "interfaceEndpointDataFirstPb" -> 3;
                    case "dataTransferToInternet" -> 4;
                    case "dataTransferCrossAz" -> 5;
                    default -> throw new IllegalArgumentException("no price " + key);
                };
        v[i] = usd;
        return new Prices(region, "edited", v[0], v[1], v[2], v[3], v[4], v[5], uncertain);
    }

    /** "Prices for us-east-1 in USD, as of 2026 (some figures unconfirmed)". */
    public Message asOfText() {
        return Message.of(uncertain ? "cost.asOf.uncertain" : "cost.asOf", region, asOf);
    }
}
