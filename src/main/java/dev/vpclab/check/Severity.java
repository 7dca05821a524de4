package dev.vpclab.check;

import java.util.Locale;

/** How serious a problem in a lab is: an error AWS would refuse, or a warning. */
public enum Severity {
    ERROR,
    WARNING;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
