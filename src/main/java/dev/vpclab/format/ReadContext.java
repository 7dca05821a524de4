package dev.vpclab.format;

import dev.vpclab.check.Problem;
import dev.vpclab.check.Severity;
import dev.vpclab.i18n.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of reading one file's structure: the problems found so far, the source map being
 * recorded and the ids already taken (ids are unique across the whole file).
 */
final class ReadContext {
    private final SourceMap.Builder sourceMap;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, TreeNode.Position> ids = new HashMap<>();

    ReadContext(String file) {
        this.sourceMap = new SourceMap.Builder(file);
    }

    SourceMap.Builder sourceMap() {
        return sourceMap;
    }

    List<Problem> problems() {
        return problems;
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Records a problem; {@code component} is empty for the top level of the file. */
    void report(
            Severity severity,
            String code,
            String component,
            String field,
            TreeNode.Position at,
            Message message) {
        problems.add(
                new Problem(
                        severity,
                        code,
                        component.isEmpty() ? Optional.empty() : Optional.of(component),
                        field.isEmpty() ? Optional.empty() : Optional.of(field),
                        Optional.of(sourceMap.location(at)),
                        message));
    }

    /** Claims an id for the file; when it is taken, returns where it was first used. */
    Optional<TreeNode.Position> claimId(String id, TreeNode.Position at) {
        TreeNode.Position first = ids.putIfAbsent(id, at);
        return Optional.ofNullable(first);
    }
}
