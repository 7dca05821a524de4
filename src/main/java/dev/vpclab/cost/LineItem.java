package dev.vpclab.cost;

import dev.vpclab.i18n.Message;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a flow's cost: the component charged, what for, how much of it (hours, AZ-hours or GB
 * per month), the unit price and the amount per month, in US dollars.
 */
public record LineItem(
        String component,
        Message what,
        BigDecimal quantity,
        Message unit,
        BigDecimal unitPrice,
        BigDecimal amount) {
    public LineItem {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(amount, "amount");
    }
}
