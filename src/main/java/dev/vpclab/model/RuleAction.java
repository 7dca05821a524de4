package dev.vpclab.model;

import java.util.Locale;

/** Allow or deny, the action of a network ACL rule. */
public enum RuleAction {
    ALLOW,
    DENY;

    @Override
    public String toString() {
        return text;
    }

    // The lower-case name is printed in every rule and hop: computed once.
    private final String text = name().toLowerCase(Locale.ROOT);
}
