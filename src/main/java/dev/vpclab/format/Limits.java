package dev.vpclab.format;

import dev.vpclab.check.ProblemCodes;
import dev.vpclab.i18n.Message;

/**
 * The bounds a lab file must stay within, so that hostile input (an alias bomb, a 10,000-deep
 * nesting, a huge file, millions of components) fails fast with a clear message and bounded memory.
 * Real labs are far below every one of them.
 */
final class Limits {
    /** Largest file read, in bytes (and in characters for text given directly). */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /**
     * Most bytes YAML aliases may stand for once expanded, as a save would write them (estimated
     * generously): a save writes every alias out in full, so a small file with aliases must not
     * grow into one this reader refuses.
     */
    static final long MAX_ALIAS_BYTES = 2L * 1024 * 1024;

    /** Deepest nesting of lists and maps. */
    static final int MAX_DEPTH = 64;

    /** Most aliases (YAML {@code *name}) that point at a list or map. */
    static final int MAX_COLLECTION_ALIASES = 50;

    /** Most values the whole tree may hold once aliases are expanded. */
    static final long MAX_WEIGHT = 5_000_000;

    /** Most components in one lab. */
    static final int MAX_COMPONENTS = 200_000;

    private Limits() {}

    /** Fails when a collection nests deeper than {@link #MAX_DEPTH}. */
    static void checkDepth(int depth, TreeNode.Position at) throws SyntaxFailure {
        if (depth > MAX_DEPTH) {
            throw new SyntaxFailure(
                    ProblemCodes.TOO_LARGE, Message.of("format.tooLarge.depth", MAX_DEPTH), at);
        }
    }

    /** Fails when a tree (with aliases expanded) grows past {@link #MAX_WEIGHT}. */
    static void checkWeight(long weight, TreeNode.Position at) throws SyntaxFailure {
        if (weight > MAX_WEIGHT) {
            throw new SyntaxFailure(
                    ProblemCodes.TOO_LARGE, Message.of("format.tooLarge.values", MAX_WEIGHT), at);
        }
    }
}
