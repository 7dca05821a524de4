package dev.vpclab.format;

import dev.vpclab.i18n.Message;

/**
 * Why a file could not be turned into a tree: a syntax error or a limit that hostile input crossed.
 * Thrown inside the syntax stage only; {@link LabReader} turns it into a problem.
 */
final class SyntaxFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Message text;
    private final transient TreeNode.Position position;

    SyntaxFailure(String code, Message text, TreeNode.Position position) {
        super(code + ": " + text.english(), null, false, false);
        this.code = code;
        this.text = text;
        this.position = position;
    }

    String code() {
        return code;
    }

    Message text() {
        return text;
    }

    TreeNode.Position position() {
        return position;
    }
}
