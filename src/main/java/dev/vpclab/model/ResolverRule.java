package dev.vpclab.model;

import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Route 53 Resolver rule, with the VPCs it is associated with: a {@code forward} rule sends the
 * VPCs' queries for its domain (and subdomains) through an outbound endpoint to the target
 * addresses; a {@code system} rule makes Resolver answer a subdomain itself. When several rules
 * match, the one with the most specific domain wins.
 *
 * @param resolverEndpoint the outbound endpoint (forward rules only)
 * @param vpcs the VPCs associated with the rule
 */
public record ResolverRule(
        String id,
        String domainName,
        RuleType ruleType,
        Optional<String> resolverEndpoint,
        List<IpAddress> targetIps,
        List<String> vpcs)
        implements Component {
    public ResolverRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(domainName, "domainName");
        Objects.requireNonNull(ruleType, "ruleType");
        Objects.requireNonNull(resolverEndpoint, "resolverEndpoint");
        targetIps = List.copyOf(targetIps);
        vpcs = List.copyOf(vpcs);
    }

    /** What the rule does with a matching query. */
    public enum RuleType {
        FORWARD("forward"),
        SYSTEM("system");

        private final String wireName;

        RuleType(String wireName) {
            this.wireName = wireName;
        }

        /** The name in a lab file. */
        public String wireName() {
            return wireName;
        }
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.RESOLVER_RULE;
    }
}
