package dev.vpclab.model;

import dev.vpclab.net.PortRange;
import dev.vpclab.net.Protocol;
import java.util.Objects;

/**
 * A numbered network ACL rule. {@code cidr} may hold a prefix list only because a hand-written lab
 * can say so; AWS refuses that (R-PL-4), validation flags it and the engine ignores the rule.
 */
public record NaclRule(
        int number, RuleAction action, Protocol protocol, PortRange ports, AddressSet cidr) {
    /** Lowest and highest rule numbers AWS accepts. */
    public static final int MIN_NUMBER = 1;

    public static final int MAX_NUMBER = 32766;

    public NaclRule {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(cidr, "cidr");
    }

    /** The canonical text {@code "rule <n>: <action> <protocol> <ports> <cidr>"}. */
    @Override
    public String toString() {
        return "rule "
                + number
                + ": "
                + action
                + " "
                + protocol
                + (protocol == Protocol.ALL ? "" : " " + ports)
                + " "
                + cidr;
    }
}
