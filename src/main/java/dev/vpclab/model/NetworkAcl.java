package dev.vpclab.model;

import java.util.List;
import java.util.Objects;

/**
 * A stateless network ACL with ordered inbound and outbound rules; the final {@code *} deny rule is
 * implicit and not listed.
 */
public record NetworkAcl(
        String id, String vpc, boolean isDefault, List<NaclRule> inbound, List<NaclRule> outbound)
        implements Component {
    public NetworkAcl {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vpc, "vpc");
        inbound = List.copyOf(inbound);
        outbound = List.copyOf(outbound);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.NACL;
    }

    /** The same ACL with other inbound (or outbound) rules. */
    public NetworkAcl withRules(boolean inboundRules, List<NaclRule> rules) {
        return new NetworkAcl(
                id,
                vpc,
                isDefault,
                inboundRules ? rules : inbound,
                inboundRules ? outbound : rules);
    }
}
