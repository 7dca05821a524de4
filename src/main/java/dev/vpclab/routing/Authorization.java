package dev.vpclab.routing;

/** The outcome of the policy checks of a request to an AWS service. */
public enum Authorization {
    ALLOWED("allowed"),
    DENIED("denied"),
    NOT_EVALUATED("notEvaluated");

    private final String wireName;

    Authorization(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
