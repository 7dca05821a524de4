package dev.vpclab.cost;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.EndpointEni;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.Subnet;
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
 * What a flow costs per month from the path it takes, for a data volume: each NAT gateway on the
 * path (hours and GB processed), each interface endpoint (AZ-hours and GB processed), gateway
 * endpoints (free), data transfer to the internet, and data crossing Availability Zones. A flow
 * that does not get through carries no data, so only the hourly charges remain.
 *
 * <p>The volume counts the bytes the flow sends and receives in a month; internet data transfer
 * counts it as sent out (the direction AWS charges). Hourly charges are those of the gateways the
 * flow uses, whether or not other flows share them.
 */
public record FlowCost(
        Trace trace, BigDecimal gbPerMonth, Prices prices, List<LineItem> items, BigDecimal total) {
    public FlowCost {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(gbPerMonth, "gbPerMonth");
        Objects.requireNonNull(prices, "prices");
        items = List.copyOf(items);
        Objects.requireNonNull(total, "total");
    }

    /** The cost of a traced flow in its lab, for a monthly volume in GB. */
    public static FlowCost of(Lab lab, Trace trace, BigDecimal gbPerMonth, Prices prices) {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(gbPerMonth, "gbPerMonth");
        Objects.requireNonNull(prices, "prices");
        if (gbPerMonth.signum() < 0) {
            throw new IllegalArgumentException("a volume cannot be negative: " + gbPerMonth);
        }
        BigDecimal gb = trace.networkReachable() ? gbPerMonth : BigDecimal.ZERO;
        List<LineItem> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean internet = false;
        for (Hop hop : trace.path()) {
            if (!seen.add(hop.id())) {
                continue;
            }
            Optional<Component> c = lab.component(hop.id());
            if (c.isEmpty()) {
                continue;
            }
            if (c.get() instanceof NatGateway nat) {
                items.add(
                        item(
                                nat.id(),
                                Message.of("cost.item.natHours"),
                                Prices.HOURS_PER_MONTH,
                                "cost.unit.hour",
                                prices.natGatewayHour()));
                items.add(
                        item(
                                nat.id(),
                                Message.of("cost.item.natData"),
                                gb,
                                "cost.unit.gb",
                                prices.natGatewayDataProcessed()));
            } else if (c.get() instanceof InterfaceEndpoint e) {
                int azs = Math.max(1, e.enis().size());
                items.add(
                        item(
                                e.id(),
                                Message.of("cost.item.endpointHours", azs),
                                Prices.HOURS_PER_MONTH.multiply(BigDecimal.valueOf(azs)),
                                "cost.unit.azHour",
                                prices.interfaceEndpointAzHour()));
                items.add(
                        item(
                                e.id(),
                                Message.of("cost.item.endpointData"),
                                gb,
                                "cost.unit.gb",
                                prices.interfaceEndpointData()));
            } else if (c.get() instanceof GatewayEndpoint g) {
                items.add(
                        item(
                                g.id(),
                                Message.of("cost.item.gatewayEndpoint"),
                                gb,
                                "cost.unit.gb",
                                BigDecimal.ZERO));
            } else if (c.get() instanceof InternetGateway) {
                internet = true;
            }
        }
        Optional<Component> target = lab.component(trace.flow().to());
        if (internet && target.isPresent() && target.get() instanceof InternetHost host) {
            items.add(
                    item(
                            host.id(),
                            Message.of("cost.item.internetOut"),
                            gb,
                            "cost.unit.gb",
                            prices.dataTransferToInternet()));
        }
        String lastAz = null;
        String lastId = null;
        for (Hop hop : trace.path()) {
            Optional<String> az = azOf(lab, hop);
            if (az.isEmpty()) {
                continue;
            }
            if (lastAz != null && !lastAz.equals(az.get())) {
                items.add(
                        item(
                                lastId + " -> " + hop.id(),
                                Message.of("cost.item.crossAz", lastAz, az.get()),
                                gb,
                                "cost.unit.gb",
                                prices.dataTransferCrossAz()));
            }
            lastAz = az.get();
            lastId = hop.id();
        }
        BigDecimal total =
                items.stream().map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new FlowCost(trace, gbPerMonth, prices, items, total);
    }

    /** The total, in dollars with cents, as text for a person. */
    public Message totalText() {
        return Message.of("cost.total", total.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    private static LineItem item(
            String component, Message what, BigDecimal quantity, String unitKey, BigDecimal price) {
        return new LineItem(
                component, what, quantity, Message.of(unitKey), price, quantity.multiply(price));
    }

    /** The Availability Zone id of a component with a network interface in a subnet. */
    private static Optional<String> azOf(Lab lab, Hop hop) {
        if (hop.azId().isPresent()) {
            return hop.azId();
        }
        Optional<Component> c = lab.component(hop.id());
        if (c.isEmpty()) {
            return Optional.empty();
        }
        if (c.get() instanceof Instance i) {
            return lab.component(i.subnet(), Subnet.class).map(Subnet::azId);
        }
        if (c.get() instanceof NatGateway n) {
            return lab.component(n.subnet(), Subnet.class).map(Subnet::azId);
        }
        if (c.get() instanceof InterfaceEndpoint e && hop.eni().isPresent()) {
            return e.enis().stream()
                    .filter(x -> x.id().equals(hop.eni().get()))
                    .map(EndpointEni::azId)
                    .findFirst();
        }
        return Optional.empty();
    }
}
