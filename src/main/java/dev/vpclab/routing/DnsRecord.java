package dev.vpclab.routing;

import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One DNS record of an answer.
 *
 * @param name the record's name
 * @param type {@code A}, {@code AAAA} or {@code ALIAS}
 * @param values the addresses it returns
 * @param aliasTarget for an alias record, the component it points at (an interface endpoint)
 */
public record DnsRecord(
        String name, Type type, List<IpAddress> values, Optional<String> aliasTarget) {
    public DnsRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        Objects.requireNonNull(aliasTarget, "aliasTarget");
    }

    /** An address record. */
    public static DnsRecord address(String name, List<IpAddress> values) {
        boolean v6 = !values.isEmpty() && values.get(0).version() == dev.vpclab.net.IpVersion.V6;
        return new DnsRecord(name, v6 ? Type.AAAA : Type.A, values, Optional.empty());
    }

    /** The record types modelled. */
    public enum Type {
        A,
        AAAA,
        ALIAS
    }
}
