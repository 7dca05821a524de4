package dev.vpclab.format;

import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character reader over a text already held whole in memory, in time linear in its
 * length.
 *
 * <p>Why: SnakeYAML's own {@link StreamReader} reads 1,024 characters at a time and copies its
 * whole unread window into a new array on every read. While one long token is being scanned (a
 * string of a million characters without a blank) the window is never consumed, so each read copies
 * everything read so far: the time grows with the square of the token's length (measured: 8 MB took
 * 23 s, 19.5 MB over 100 s). The lab reader always has the whole file as a string (bounded by
 * {@link Limits#MAX_FILE_BYTES}), so this reader decodes it once into code points and serves the
 * scanner from that array.
 *
 * <p>It keeps SnakeYAML's observable behaviour: {@code peek} past the end gives {@code '\0'},
 * {@code prefix} stops at the end, line and column count as the original does (a {@code \r} not
 * followed by {@code \n} ends a line, a byte-order mark takes no column), and a character YAML does
 * not allow fails with the same {@link ReaderException}, at the first read.
 */
final class WholeTextReader extends StreamReader {
    private static final String NAME = "'reader'";

    private final int[] codePoints;

    /** Index of the first character YAML does not allow, or the length when there is none. */
    private final int firstUnprintable;

    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    WholeTextReader(String text) {
        super(new StringReader("")); // the superclass's buffer is never used
        this.codePoints = text.codePoints().toArray();
        int bad = 0;
        while (bad < codePoints.length && isPrintable(codePoints[bad])) {
            bad++;
        }
        this.firstUnprintable = bad;
    }

    /**
     * Whether the character at {@code at} exists. A text holding a character YAML does not allow
     * fails at the first read, as SnakeYAML's reader fails on the first block it reads that holds
     * one (for a short file, the whole file).
     */
    private boolean has(int at) {
        if (firstUnprintable < codePoints.length) {
            throw new ReaderException(
                    NAME,
                    firstUnprintable,
                    codePoints[firstUnprintable],
                    "special characters are not allowed");
        }
        return at < codePoints.length;
    }

    @Override
    public Mark getMark() {
        return new Mark(NAME, index, line, column, codePoints, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int length) {
        for (int i = 0; i < length && has(pointer); i++) {
            int c = codePoints[pointer++];
            index++;
            documentIndex++;
            boolean loneCarriageReturn = c == '\r' && has(pointer) && codePoints[pointer] != '\n';
            if (Constant.LINEBR.has(c) || loneCarriageReturn) {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return peek(0);
    }

    @Override
    public int peek(int offset) {
        int at = pointer + offset;
        return has(at) ? codePoints[at] : '\0';
    }

    @Override
    public String prefix(int length) {
        if (length == 0) {
            return "";
        }
        int end = pointer + length;
        has(end - 1);
        return new String(codePoints, pointer, Math.min(end, codePoints.length) - pointer);
    }

    @Override
    public String prefixForward(int length) {
        String prefix = prefix(length);
        // as in SnakeYAML: a prefix never holds a line break, so only the column moves
        pointer += length;
        index += length;
        documentIndex += length;
        column += length;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }
}
