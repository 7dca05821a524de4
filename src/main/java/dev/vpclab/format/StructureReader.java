package dev.vpclab.format;

import dev.vpclab.check.ProblemCodes;
import dev.vpclab.format.TreeNode.Entry;
import dev.vpclab.format.TreeNode.Mapping;
import dev.vpclab.format.TreeNode.Sequence;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.model.LayoutBox;
import dev.vpclab.model.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The structure stage: turns the tree of a whole file into a {@link Lab}, reporting every problem
 * on the way. Top-level keys the model has no place for go to {@link Lab#extras()}.
 */
final class StructureReader {
    /** The region of a lab that names none, directly or through a region component. */
    static final String DEFAULT_REGION = "us-east-1";

    private static final Set<String> MODEL_KEYS =
            Set.of(
                    "format",
                    "title",
                    "description",
                    "region",
                    "components",
                    "layout",
                    "flows",
                    "query");

    private final ReadContext ctx;
    private final String defaultTitle;

    StructureReader(ReadContext ctx, String defaultTitle) {
        this.ctx = ctx;
        this.defaultTitle = defaultTitle;
    }

    /** The lab, or empty when the file has an error. */
    Optional<Lab> read(TreeNode root) {
        if (!(root instanceof Mapping map)) {
            ctx.report(
                    dev.vpclab.check.Severity.ERROR,
                    ProblemCodes.WRONG_TYPE,
                    "",
                    "",
                    root.at(),
                    Message.of("format.rootNotMap", root.typeName()));
            return Optional.empty();
        }
        Fields top = Fields.of(ctx, "", "lab", "", map);
        if (!formatAccepted(top)) {
            return Optional.empty();
        }
        String title = top.text("title", defaultTitle);
        String description = top.text("description", "");
        Optional<String> region = top.optText("region");
        List<Component> components = components(top);
        if (components == null) {
            return Optional.empty();
        }
        Map<String, LayoutBox> layout = layout(top);
        List<Flow> flows = new ArrayList<>();
        for (Fields.IndexedNode item : top.items("flows")) {
            flow(item.path(), item.node()).ifPresent(flows::add);
        }
        Optional<Flow> query = top.node("query").flatMap(n -> flow("query", n));
        Map<String, Object> extras = new LinkedHashMap<>();
        for (Entry e : map.entries().values()) {
            if (!MODEL_KEYS.contains(e.key().text())) {
                recordPlaces(e.key().text(), e.value(), new int[] {MAX_EXTRA_PLACES});
                extras.put(e.key().text(), PlainValues.of(e.value()));
            }
        }
        if (ctx.hasErrors()) {
            return Optional.empty();
        }
        String labRegion =
                region.orElseGet(
                        () ->
                                components.stream()
                                        .filter(Region.class::isInstance)
                                        .map(Component::id)
                                        .findFirst()
                                        .orElse(DEFAULT_REGION));
        return Optional.of(
                new Lab(title, description, labRegion, components, layout, flows, query, extras));
    }

    /**
     * Most places recorded inside the keys a lab carries through unchanged: enough for any
     * challenge or scenario block, bounded for a file whose aliases repeat one block many times.
     */
    private static final int MAX_EXTRA_PLACES = 100_000;

    /**
     * Records where a carried-through value and everything inside it was written ({@code
     * challenge.goals[1].blocked}), so that the readers of those blocks (challenges) can give the
     * line of what they refuse.
     */
    private void recordPlaces(String path, TreeNode node, int[] budget) {
        if (--budget[0] < 0) {
            return;
        }
        ctx.sourceMap().field("", path, node.at());
        if (node instanceof Mapping map) {
            for (Entry e : map.entries().values()) {
                recordPlaces(path + "." + e.key().text(), e.value(), budget);
            }
        } else if (node instanceof Sequence seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                recordPlaces(path + "[" + i + "]", seq.items().get(i), budget);
            }
        }
    }

    /** False when the file is of another format version: nothing more is read. */
    private boolean formatAccepted(Fields top) {
        Optional<TreeNode> node = top.node("format");
        if (node.isEmpty()) {
            top.error(
                    ProblemCodes.MISSING_FIELD,
                    "format",
                    top.map().at(),
                    Message.of("format.missingFormat", Lab.FORMAT));
            return true; // read on, to report the rest of the file's problems too
        }
        Optional<String> text = top.scalarText("format", node.get());
        if (text.isPresent() && !text.get().trim().equals(Lab.FORMAT)) {
            top.error(
                    ProblemCodes.UNSUPPORTED_FORMAT,
                    "format",
                    node.get().at(),
                    Message.of("format.unsupportedFormat", text.get(), Lab.FORMAT));
            return false;
        }
        return true;
    }

    /** The components; {@code null} when there are too many to read at all. */
    private List<Component> components(Fields top) {
        Optional<TreeNode> node = top.node("components");
        if (node.isPresent() && node.get() instanceof Sequence seq) {
            if (seq.items().size() > Limits.MAX_COMPONENTS) {
                top.error(
                        ProblemCodes.TOO_LARGE,
                        "components",
                        seq.at(),
                        Message.of(
                                "format.tooLarge.components",
                                seq.items().size(),
                                Limits.MAX_COMPONENTS));
                return null;
            }
        }
        List<Component> out = new ArrayList<>();
        for (Fields.IndexedNode item : top.items("components")) {
            ComponentReader.read(ctx, item.path(), item.node()).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Flow> flow(String path, TreeNode node) {
        if (!(node instanceof Mapping m)) {
            Fields.of(ctx, "", "lab", "", emptyAt(node)).wrongType(path, node, "map");
            return Optional.empty();
        }
        return FlowReader.read(Fields.of(ctx, "", path, path + ".", m));
    }

    private Map<String, LayoutBox> layout(Fields top) {
        Map<String, LayoutBox> out = new LinkedHashMap<>();
        Optional<TreeNode> node = top.node("layout");
        if (node.isEmpty()) {
            return out;
        }
        if (!(node.get() instanceof Mapping boxes)) {
            top.wrongType("layout", node.get(), "map");
            return out;
        }
        for (Entry e : boxes.entries().values()) {
            String path = "layout." + e.key().text();
            ctx.sourceMap().field("", path, e.value().at());
            if (!(e.value() instanceof Mapping m)) {
                top.wrongType(path, e.value(), "map");
                continue;
            }
            Fields box = Fields.of(ctx, "", "layout", path + ".", m);
            Optional<Double> x = box.optNumber("x");
            Optional<Double> y = box.optNumber("y");
            if (!box.has("x")) {
                box.missing("x");
            }
            if (!box.has("y")) {
                box.missing("y");
            }
            Optional<Double> w = box.optNumber("w");
            Optional<Double> h = box.optNumber("h");
            box.finish();
            if (box.failed()) {
                continue;
            }
            try {
                out.put(e.key().text(), new LayoutBox(x.orElseThrow(), y.orElseThrow(), w, h));
            } catch (IllegalArgumentException ex) {
                box.invalid(path, e.value(), ex.getMessage());
            }
        }
        return out;
    }

    private static Mapping emptyAt(TreeNode node) {
        return new Mapping(Map.of(), node.at(), 1);
    }
}
