package dev.vpclab.model;

import java.util.Locale;

/** Allow or deny, the action of a network ACL rule. */
public enum RuleAction {
    ALLOW,
    DENY;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
