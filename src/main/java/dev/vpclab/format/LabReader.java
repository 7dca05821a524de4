package dev.vpclab.format;

import dev.vpclab.check.LabChecker;
import dev.vpclab.check.Problem;
import dev.vpclab.check.ProblemCodes;
import dev.vpclab.check.Severity;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads lab files (YAML, or JSON for names ending in {@code .json}) in three stages: syntax,
 * structure and meaning. Never throws for a bad file: every problem, I/O errors included, is in the
 * {@link LoadResult} with the file, line and column, component and field.
 */
public final class LabReader {
    private LabReader() {}

    /** Reads a lab file from disk. */
    public static LoadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > Limits.MAX_FILE_BYTES) {
                return failure(
                        name,
                        ProblemCodes.TOO_LARGE,
                        Message.of("format.tooLarge.file", Limits.MAX_FILE_BYTES));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text;
            try {
                text =
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)
                                .decode(ByteBuffer.wrap(bytes))
                                .toString();
            } catch (CharacterCodingException e) {
                return failure(name, ProblemCodes.YAML_SYNTAX, Message.of("format.notUtf8"));
            }
            return read(text, name);
        } catch (NoSuchFileException e) {
            return failure(name, ProblemCodes.IO_ERROR, Message.of("format.ioError.missing", name));
        } catch (IOException | SecurityException e) {
            return failure(
                    name,
                    ProblemCodes.IO_ERROR,
                    Message.of("format.ioError", name, String.valueOf(e.getMessage())));
        }
    }

    /**
     * Reads a lab from text.
     *
     * @param fileName the name used in locations; a name ending in {@code .json} is read as JSON
     */
    public static LoadResult read(String content, String fileName) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(fileName, "fileName");
        if (content.length() > Limits.MAX_FILE_BYTES) {
            return failure(
                    fileName,
                    ProblemCodes.TOO_LARGE,
                    Message.of("format.tooLarge.file", Limits.MAX_FILE_BYTES));
        }
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        Optional<TreeNode> root;
        try {
            root = isJson(fileName) ? JsonTreeBuilder.parse(text) : YamlTreeBuilder.parse(text);
        } catch (SyntaxFailure e) {
            ReadContext ctx = new ReadContext(fileName);
            ctx.report(Severity.ERROR, e.code(), "", "", e.position(), e.text());
            return new LoadResult(Optional.empty(), ctx.problems(), SourceMap.empty(fileName));
        }
        if (root.isEmpty()) {
            return failure(
                    fileName, ProblemCodes.MISSING_FIELD, Message.of("format.empty", Lab.FORMAT));
        }
        ReadContext ctx = new ReadContext(fileName);
        Optional<Lab> lab = new StructureReader(ctx, titleOf(fileName)).read(root.get());
        SourceMap sourceMap = ctx.sourceMap().build();
        List<Problem> problems = new ArrayList<>(ctx.problems());
        lab.ifPresent(l -> problems.addAll(located(LabChecker.check(l), sourceMap)));
        return new LoadResult(lab, problems, sourceMap);
    }

    /** Places the checker's problems in the file, by component and field. */
    static List<Problem> located(List<Problem> found, SourceMap sourceMap) {
        List<Problem> out = new ArrayList<>(found.size());
        for (Problem p : found) {
            if (p.location().isPresent()) {
                out.add(p);
                continue;
            }
            out.add(
                    p.at(
                            sourceMap
                                    .locate(p.component().orElse(""), p.field().orElse(""))
                                    .orElse(sourceMap.fileStart())));
        }
        return out;
    }

    static boolean isJson(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The file's name without folders and extension: the title of a lab that gives none. */
    static String titleOf(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    private static LoadResult failure(String file, String code, Message message) {
        ReadContext ctx = new ReadContext(file);
        ctx.report(Severity.ERROR, code, "", "", new TreeNode.Position(1, 1), message);
        return new LoadResult(Optional.empty(), ctx.problems(), SourceMap.empty(file));
    }
}
