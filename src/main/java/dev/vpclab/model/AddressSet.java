package dev.vpclab.model;

import dev.vpclab.net.Cidr;
import java.util.Objects;

/**
 * What a rule or route points at: a CIDR block, a managed prefix list or (for security group rules)
 * another security group.
 */
public sealed interface AddressSet {

    /** Parses a CIDR, a prefix-list id ({@code pl-...}) or a security-group id ({@code sg-...}). */
    static AddressSet parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.trim();
        if (s.startsWith("pl-")) {
            return new PrefixList(s);
        }
        if (s.startsWith("sg-")) {
            return new SecurityGroupRef(s);
        }
        return new Block(Cidr.parse(s));
    }

    /** A CIDR block. */
    record Block(Cidr cidr) implements AddressSet {
        public Block {
            Objects.requireNonNull(cidr, "cidr");
        }

        @Override
        public String toString() {
            return cidr.toString();
        }
    }

    /** A managed prefix list, by id. */
    record PrefixList(String id) implements AddressSet {
        public PrefixList {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** The members of a security group, by id. */
    record SecurityGroupRef(String id) implements AddressSet {
        public SecurityGroupRef {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String toString() {
            return id;
        }
    }
}
