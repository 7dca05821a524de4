package dev.vpclab.format;

/** The problem codes the lab file reader emits (documented in docs/lab-format.md). */
final class Codes {
    static final String IO_ERROR = "IO_ERROR";
    static final String TOO_LARGE = "TOO_LARGE";
    static final String YAML_SYNTAX = "YAML_SYNTAX";
    static final String DUPLICATE_KEY = "DUPLICATE_KEY";
    static final String UNSUPPORTED_FORMAT = "UNSUPPORTED_FORMAT";
    static final String UNKNOWN_KIND = "UNKNOWN_KIND";
    static final String DUPLICATE_ID = "DUPLICATE_ID";
    static final String MISSING_FIELD = "MISSING_FIELD";
    static final String WRONG_TYPE = "WRONG_TYPE";
    static final String INVALID_CIDR = "INVALID_CIDR";
    static final String INVALID_ADDRESS = "INVALID_ADDRESS";
    static final String INVALID_VALUE = "INVALID_VALUE";
    static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";

    private Codes() {}
}
