package dev.vpclab.format;

import dev.vpclab.check.ProblemCodes;
import dev.vpclab.format.TreeNode.Entry;
import dev.vpclab.format.TreeNode.Mapping;
import dev.vpclab.format.TreeNode.Position;
import dev.vpclab.format.TreeNode.Scalar;
import dev.vpclab.format.TreeNode.ScalarType;
import dev.vpclab.format.TreeNode.Sequence;
import dev.vpclab.i18n.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Builds a {@link TreeNode} tree from YAML text using SnakeYAML's event parser. The tree is built
 * here rather than by SnakeYAML's composer so that every limit is ours to enforce while parsing:
 * nesting depth, aliases of collections, the size of the tree with aliases expanded, and duplicate
 * keys (the composer leaves those to the constructor, which we do not use).
 */
final class YamlTreeBuilder {
    private final Iterator<Event> events;
    private final Resolver resolver = new Resolver();
    private final Map<String, TreeNode> anchors = new HashMap<>();

    /** The expanded size of each anchored node, in bytes as a save would write it (estimated). */
    private final Map<String, Long> anchorBytes = new HashMap<>();

    private final String text;
    private int collectionAliases;

    /** Bytes a save would write for everything built so far, aliases expanded (an estimate). */
    private long expandedBytes;

    /** The part of {@link #expandedBytes} that aliases stand for. */
    private long aliasBytes;

    /** The key whose value is being read: named when the text breaks off inside that value. */
    private String lastKey = "";

    private YamlTreeBuilder(String text) {
        this.text = text;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Limits.MAX_FILE_BYTES + 1);
        options.setMaxAliasesForCollections(Limits.MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(Limits.MAX_DEPTH);
        options.setAllowDuplicateKeys(false);
        options.setProcessComments(false);
        Parser parser = new ParserImpl(new WholeTextReader(text), options);
        this.events =
                new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return parser.peekEvent() != null;
                    }

                    @Override
                    public Event next() {
                        return parser.getEvent();
                    }
                };
    }

    /** Parses one YAML document; empty when the text holds no document at all. */
    static Optional<TreeNode> parse(String text) throws SyntaxFailure {
        YamlTreeBuilder builder = new YamlTreeBuilder(text);
        try {
            return builder.document();
        } catch (NumberFormatException e) {
            // SnakeYAML parses the hex digits of an x, u or U escape the file ends before
            throw builder.cutEscape();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new SyntaxFailure(
                    ProblemCodes.YAML_SYNTAX,
                    Message.of("format.syntax.yaml", problem.trim()),
                    mark == null ? new Position(1, 1) : position(mark));
        } catch (ReaderException e) {
            throw new SyntaxFailure(
                    ProblemCodes.YAML_SYNTAX,
                    Message.of(
                            "format.syntax.forbiddenCharacter",
                            String.format("U+%04X", e.getCodePoint())),
                    builder.positionOfCodePoint(e.getPosition()));
        } catch (YAMLException e) {
            // The only other unmarked failure the parser raises on a string is the code point
            // limit.
            boolean limit = String.valueOf(e.getMessage()).contains("exceeds the limit");
            throw new SyntaxFailure(
                    limit ? ProblemCodes.TOO_LARGE : ProblemCodes.YAML_SYNTAX,
                    limit
                            ? Message.of("format.tooLarge.file", Limits.MAX_FILE_BYTES)
                            : Message.of("format.syntax.yaml", String.valueOf(e.getMessage())),
                    new Position(1, 1));
        }
    }

    private Optional<TreeNode> document() throws SyntaxFailure {
        next(); // stream start
        Event event = next();
        if (!(event instanceof DocumentStartEvent)) {
            return Optional.empty(); // stream end: no document
        }
        TreeNode root = node(next(), 1);
        next(); // document end
        Event after = next();
        if (after instanceof DocumentStartEvent) {
            throw new SyntaxFailure(
                    ProblemCodes.YAML_SYNTAX,
                    Message.of("format.syntax.multipleDocuments"),
                    position(after.getStartMark()));
        }
        return Optional.of(root);
    }

    /** The failure of a double-quoted text cut off right after its escape letter. */
    private SyntaxFailure cutEscape() {
        String escape = text.length() >= 2 ? text.substring(text.length() - 2) : text;
        return new SyntaxFailure(
                ProblemCodes.YAML_SYNTAX,
                Message.of("format.syntax.cutEscape", lastKey.isEmpty() ? "?" : lastKey, escape),
                endOfText());
    }

    /** The line and column of the code point at {@code codePointIndex}. */
    private TreeNode.Position positionOfCodePoint(int codePointIndex) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < codePointIndex; seen++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line, column);
    }

    private TreeNode.Position endOfText() {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, text.codePointCount(lineStart, text.length()) + 1);
    }

    private Event next() {
        return events.next();
    }

    private TreeNode node(Event event, int depth) throws SyntaxFailure {
        long bytesBefore = expandedBytes;
        TreeNode built;
        if (event instanceof AliasEvent alias) {
            return resolveAlias(alias);
        } else if (event instanceof ScalarEvent scalar) {
            built = scalar(scalar);
            expandedBytes += scalarBytes(scalar.getValue(), depth);
        } else if (event instanceof SequenceStartEvent) {
            built = sequence(event, depth);
        } else if (event instanceof MappingStartEvent) {
            built = mapping(event, depth);
        } else {
            throw new SyntaxFailure(
                    ProblemCodes.YAML_SYNTAX,
                    Message.of("format.syntax.yaml.unexpected", event.getEventId().toString()),
                    position(event.getStartMark()));
        }
        String anchor = ((NodeEvent) event).getAnchor();
        if (anchor != null) {
            anchors.put(anchor, built);
            anchorBytes.put(anchor, expandedBytes - bytesBefore);
        }
        return built;
    }

    private TreeNode resolveAlias(AliasEvent alias) throws SyntaxFailure {
        Position at = position(alias.getStartMark());
        TreeNode target = anchors.get(alias.getAnchor());
        if (target == null) {
            throw new SyntaxFailure(
                    ProblemCodes.YAML_SYNTAX,
                    Message.of("format.syntax.undefinedAlias", alias.getAnchor()),
                    at);
        }
        if (!(target instanceof Scalar) && ++collectionAliases > Limits.MAX_COLLECTION_ALIASES) {
            throw new SyntaxFailure(
                    ProblemCodes.TOO_LARGE,
                    Message.of("format.tooLarge.aliases", Limits.MAX_COLLECTION_ALIASES),
                    at);
        }
        // A save writes every alias out in full: bound what the aliases expand to, so that a
        // small file can never be saved as one this reader refuses as too large.
        long expansion = anchorBytes.getOrDefault(alias.getAnchor(), 0L);
        expandedBytes += expansion;
        aliasBytes += expansion;
        if (aliasBytes > Limits.MAX_ALIAS_BYTES) {
            throw new SyntaxFailure(
                    ProblemCodes.TOO_LARGE,
                    Message.of(
                            "format.tooLarge.expanded", alias.getAnchor(), Limits.MAX_ALIAS_BYTES),
                    at);
        }
        return target;
    }

    /**
     * What a save may write for one scalar: its text (escapes can double it), quotes, the
     * indentation of its depth and a key or dash. Deliberately generous.
     */
    private static long scalarBytes(String value, int depth) {
        return 2L * value.length() + 2L * depth + 8;
    }

    private Scalar scalar(ScalarEvent event) {
        String tag = event.getTag();
        Tag resolved =
                tag == null || tag.equals("!")
                        ? resolver.resolve(
                                NodeId.scalar,
                                event.getValue(),
                                event.getImplicit().canOmitTagInPlainScalar())
                        : new Tag(tag);
        return new Scalar(event.getValue(), typeOf(resolved), position(event.getStartMark()));
    }

    private static ScalarType typeOf(Tag tag) {
        if (Tag.INT.equals(tag)) {
            return ScalarType.INT;
        } else if (Tag.FLOAT.equals(tag)) {
            return ScalarType.FLOAT;
        } else if (Tag.BOOL.equals(tag)) {
            return ScalarType.BOOL;
        } else if (Tag.NULL.equals(tag)) {
            return ScalarType.NULL;
        }
        return ScalarType.STRING; // str, timestamps, binary and unknown tags stay text
    }

    private Sequence sequence(Event start, int depth) throws SyntaxFailure {
        Position at = position(start.getStartMark());
        Limits.checkDepth(depth, at);
        List<TreeNode> items = new ArrayList<>();
        long weight = 1;
        for (Event e = next(); e.getEventId() != Event.ID.SequenceEnd; e = next()) {
            TreeNode item = node(e, depth + 1);
            weight += item.weight();
            // an alias's node sits at its anchor: report the alias that overflowed
            Limits.checkWeight(weight, position(e.getStartMark()));
            items.add(item);
        }
        return new Sequence(items, at, weight);
    }

    private Mapping mapping(Event start, int depth) throws SyntaxFailure {
        Position at = position(start.getStartMark());
        Limits.checkDepth(depth, at);
        Map<String, Entry> entries = new LinkedHashMap<>();
        long weight = 1;
        for (Event e = next(); e.getEventId() != Event.ID.MappingEnd; e = next()) {
            TreeNode keyNode = node(e, depth + 1);
            if (!(keyNode instanceof Scalar key)) {
                throw new SyntaxFailure(
                        ProblemCodes.YAML_SYNTAX,
                        Message.of("format.syntax.keyNotScalar"),
                        keyNode.at());
            }
            lastKey = key.text();
            TreeNode value = node(next(), depth + 1);
            Entry previous = entries.get(key.text());
            if (previous != null) {
                throw new SyntaxFailure(
                        ProblemCodes.DUPLICATE_KEY,
                        Message.of(
                                "format.syntax.duplicateKey",
                                key.text(),
                                previous.key().at().line()),
                        key.at());
            }
            weight += 1 + value.weight();
            Limits.checkWeight(weight, key.at());
            entries.put(key.text(), new Entry(key, value));
        }
        return new Mapping(entries, at, weight);
    }

    private static Position position(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
