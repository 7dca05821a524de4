package dev.vpclab.format;

import dev.vpclab.check.SourceLocation;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each component and field of a loaded lab was written in its file, so that problems found
 * after loading (by the checker, or by the app) can point at a line and column.
 *
 * <p>Fields are named by a component id and a field path such as {@code routes[2].target}. The
 * component id {@code ""} stands for the file's top level ({@code query.port}, {@code flows[0].to},
 * {@code layout.vpc-a}).
 */
public final class SourceMap {
    private final String file;
    private final Map<String, Map<String, SourceLocation>> fields;
    private final Map<String, SourceLocation> components;

    private SourceMap(
            String file,
            Map<String, Map<String, SourceLocation>> fields,
            Map<String, SourceLocation> components) {
        this.file = file;
        this.fields = fields;
        this.components = components;
    }

    /** A map that knows nothing but the file, for files that could not be parsed. */
    public static SourceMap empty(String file) {
        Objects.requireNonNull(file, "file");
        return new SourceMap(file, Map.of(), Map.of());
    }

    /** The file the locations are in. */
    public String file() {
        return file;
    }

    /** The location of the start of the file. */
    public SourceLocation fileStart() {
        return new SourceLocation(file, 1, 1);
    }

    /** Where the component with this id starts, if it was read from the file. */
    public Optional<SourceLocation> locateComponent(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(components.get(id));
    }

    /**
     * Where a field was written. Falls back to the nearest enclosing field ({@code routes[2]}, then
     * {@code routes}), then to the component, then to the start of the file.
     *
     * @param componentId the component id, or {@code ""} for the top level of the file
     * @param fieldPath the field path, or {@code ""} for the component itself
     */
    public Optional<SourceLocation> locate(String componentId, String fieldPath) {
        Objects.requireNonNull(componentId, "componentId");
        Objects.requireNonNull(fieldPath, "fieldPath");
        Map<String, SourceLocation> ofComponent = fields.getOrDefault(componentId, Map.of());
        for (String path = fieldPath; !path.isEmpty(); path = parent(path)) {
            SourceLocation found = ofComponent.get(path);
            if (found != null) {
                return Optional.of(found);
            }
        }
        SourceLocation component = components.get(componentId);
        if (component != null) {
            return Optional.of(component);
        }
        return Optional.of(fileStart());
    }

    /**
     * Whether exactly this field was written in the file (with any value, {@code null} included),
     * unlike {@link #locate}, which falls back to an enclosing field.
     *
     * @param componentId the component id, or {@code ""} for the top level of the file
     */
    public boolean has(String componentId, String fieldPath) {
        Objects.requireNonNull(componentId, "componentId");
        Objects.requireNonNull(fieldPath, "fieldPath");
        return fields.getOrDefault(componentId, Map.of()).containsKey(fieldPath);
    }

    /** {@code a.b[2].c} -> {@code a.b[2]} -> {@code a.b} -> {@code a} -> {@code ""}. */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** Collects locations while a file is read. */
    static final class Builder {
        private final String file;
        private final Map<String, Map<String, SourceLocation>> fields = new HashMap<>();
        private final Map<String, SourceLocation> components = new HashMap<>();

        Builder(String file) {
            this.file = file;
        }

        String file() {
            return file;
        }

        SourceLocation location(TreeNode.Position at) {
            return new SourceLocation(file, at.line(), at.column());
        }

        void field(String componentId, String path, TreeNode.Position at) {
            fields.computeIfAbsent(componentId, k -> new HashMap<>())
                    .putIfAbsent(path, location(at));
        }

        void component(String id, TreeNode.Position at) {
            components.putIfAbsent(id, location(at));
        }

        SourceMap build() {
            Map<String, Map<String, SourceLocation>> frozen = new HashMap<>();
            fields.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
            return new SourceMap(file, Map.copyOf(frozen), Map.copyOf(components));
        }
    }
}
