package dev.vpclab.model;

import java.util.List;
import java.util.Objects;

/** A stateful security group: allow rules only, inbound and outbound. */
public record SecurityGroup(
        String id,
        String vpc,
        boolean isDefault,
        List<SecurityGroupRule> inbound,
        List<SecurityGroupRule> outbound)
        implements Component {
    public SecurityGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vpc, "vpc");
        inbound = List.copyOf(inbound);
        outbound = List.copyOf(outbound);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.SECURITY_GROUP;
    }

    /** The same group with other inbound (or outbound) rules. */
    public SecurityGroup withRules(boolean inboundRules, List<SecurityGroupRule> rules) {
        return new SecurityGroup(
                id,
                vpc,
                isDefault,
                inboundRules ? rules : inbound,
                inboundRules ? outbound : rules);
    }
}
