package dev.vpclab.study;

import dev.vpclab.catalog.AwsCatalog;
import dev.vpclab.catalog.Price;
import dev.vpclab.catalog.PriceSheet;
import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.EndpointEni;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Hop;
import dev.vpclab.routing.Trace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The monthly cost of the components a path crosses, under the catalogue's price sheet: a NAT
 * gateway costs its hours and each GB it processes; an interface endpoint costs an hour per
 * Availability Zone it has a network interface in, and each GB it processes; a gateway endpoint
 * costs nothing. Data transfer charges (to the internet, across AZs or Regions) and transit gateway
 * charges are not counted: this is the comparison the exam asks about (NAT gateway vs endpoints for
 * traffic to AWS services in the same Region), not a bill.
 *
 * <p>A component is counted once however many times the path meets it. The hours are those of a
 * whole month ({@value #HOURS_PER_MONTH}), since the gateways and endpoints run all the time.
 */
public final class PathCost {
    /** The hours AWS pricing examples count in a month. */
    public static final int HOURS_PER_MONTH = 730;

    private final PriceSheet prices;

    /** A cost model with these prices. */
    public PathCost(PriceSheet prices) {
        this.prices = Objects.requireNonNull(prices, "prices");
    }

    /** The cost model of the shipped catalogue. */
    public static PathCost standard() {
        return new PathCost(AwsCatalog.standard().prices());
    }

    /** The monthly cost of the forward path of a trace of this lab, carrying {@code gb} a month. */
    public Estimate monthly(Lab lab, Trace trace, BigDecimal gbPerMonth) {
        Objects.requireNonNull(trace, "trace");
        return monthly(lab, trace.path().stream().map(Hop::id).toList(), gbPerMonth);
    }

    /** The monthly cost of the components with these ids (in path order), carrying {@code gb}. */
    public Estimate monthly(Lab lab, List<String> componentIds, BigDecimal gbPerMonth) {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(componentIds, "componentIds");
        Objects.requireNonNull(gbPerMonth, "gbPerMonth");
        if (gbPerMonth.signum() < 0) {
            throw new IllegalArgumentException("a negative volume: " + gbPerMonth);
        }
        Set<String> seen = new LinkedHashSet<>(componentIds);
        List<Item> items = new ArrayList<>();
        for (String id : seen) {
            lab.component(id).flatMap(c -> item(c, gbPerMonth)).ifPresent(items::add);
        }
        BigDecimal total = items.stream().map(Item::usd).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Estimate(total, items);
    }

    private Optional<Item> item(Component c, BigDecimal gb) {
        BigDecimal hours = BigDecimal.valueOf(HOURS_PER_MONTH);
        return switch (c.kind()) {
            case NAT_GATEWAY -> {
                BigDecimal usd =
                        price("natGatewayHour")
                                .multiply(hours)
                                .add(price("natGatewayDataProcessed").multiply(gb));
                yield Optional.of(new Item(c.id(), c.kind(), 1, gb, usd));
            }
            case INTERFACE_ENDPOINT -> {
                int zones = zones((InterfaceEndpoint) c);
                BigDecimal usd =
                        price("interfaceEndpointAzHour")
                                .multiply(hours)
                                .multiply(BigDecimal.valueOf(zones))
                                .add(price("interfaceEndpointDataFirstPb").multiply(gb));
                yield Optional.of(new Item(c.id(), c.kind(), zones, gb, usd));
            }
            case GATEWAY_ENDPOINT ->
                    Optional.of(
                            new Item(
                                    c.id(),
                                    c.kind(),
                                    1,
                                    gb,
                                    price("gatewayEndpoint").multiply(gb)));
            default -> Optional.empty();
        };
    }

    /** The Availability Zones an interface endpoint is billed for: one per zone with an ENI. */
    private static int zones(InterfaceEndpoint e) {
        Set<String> zones = new LinkedHashSet<>();
        for (EndpointEni eni : e.enis()) {
            zones.add(eni.azId());
        }
        return Math.max(1, zones.isEmpty() ? e.subnets().size() : zones.size());
    }

    private BigDecimal price(String key) {
        return prices.price(key)
                .map(Price::usd)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "the price sheet has no " + key + " price"));
    }

    /** An amount in dollars with two decimals, for example {@code $41.40}. */
    public static String dollars(BigDecimal usd) {
        Objects.requireNonNull(usd, "usd");
        return "$" + usd.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** What a path costs a month, component by component. */
    public record Estimate(BigDecimal usd, List<Item> items) {
        public Estimate {
            Objects.requireNonNull(usd, "usd");
            items = List.copyOf(items);
        }
    }

    /**
     * What one component of a path costs a month.
     *
     * @param units how many billed units run all month: 1 for a NAT gateway, the number of
     *     Availability Zones for an interface endpoint
     */
    public record Item(String id, ComponentKind kind, int units, BigDecimal gb, BigDecimal usd) {
        public Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(gb, "gb");
            Objects.requireNonNull(usd, "usd");
        }
    }
}
