package dev.vpclab.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A lab: the network (its components, in file order), where they sit on the canvas, the saved flows
 * and, for golden scenario files, the one query. Immutable: every edit makes a new lab, so undo can
 * keep snapshots and the routing core can cache what it derives from one.
 *
 * <p>{@code extras} holds top-level keys of the file that the lab carries through unchanged (for
 * example a scenario's {@code expect}, {@code rules} and {@code source}), as plain maps, lists and
 * scalars.
 */
public final class Lab {

    /** The format version this code reads and writes. */
    public static final String FORMAT = "vpclab/1";

    private final String title;
    private final String description;
    private final String region;
    private final List<Component> components;
    private final Map<String, LayoutBox> layout;
    private final List<Flow> flows;
    private final Optional<Flow> query;
    private final Map<String, Object> extras;
    private final Map<String, Component> index;

    public Lab(
            String title,
            String description,
            String region,
            List<Component> components,
            Map<String, LayoutBox> layout,
            List<Flow> flows,
            Optional<Flow> query,
            Map<String, Object> extras) {
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        this.region = Objects.requireNonNull(region, "region");
        this.components = List.copyOf(components);
        this.layout = Collections.unmodifiableMap(new LinkedHashMap<>(layout));
        this.flows = List.copyOf(flows);
        this.query = Objects.requireNonNull(query, "query");
        this.extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
        Map<String, Component> byId = new LinkedHashMap<>();
        for (Component c : this.components) {
            byId.putIfAbsent(c.id(), c); // validation reports duplicates; the first one wins
        }
        this.index = Collections.unmodifiableMap(byId);
    }

    /** An empty lab in a Region. */
    public static Lab empty(String title, String region) {
        return new Lab(
                title, "", region, List.of(), Map.of(), List.of(), Optional.empty(), Map.of());
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The default Region of the lab. */
    public String region() {
        return region;
    }

    /** Every component, in file order. */
    public List<Component> components() {
        return components;
    }

    /** Canvas positions by component id. */
    public Map<String, LayoutBox> layout() {
        return layout;
    }

    /** The saved flows. */
    public List<Flow> flows() {
        return flows;
    }

    /** The query of a golden scenario file. */
    public Optional<Flow> query() {
        return query;
    }

    /** Top-level keys carried through unchanged. */
    public Map<String, Object> extras() {
        return extras;
    }

    /** The component with this id. */
    public Optional<Component> component(String id) {
        return Optional.ofNullable(index.get(id));
    }

    /** The component with this id if it is of the given type. */
    public <T extends Component> Optional<T> component(String id, Class<T> type) {
        Component c = index.get(id);
        return type.isInstance(c) ? Optional.of(type.cast(c)) : Optional.empty();
    }

    /** Every component of a type, in file order. */
    public <T extends Component> Stream<T> all(Class<T> type) {
        return components.stream().filter(type::isInstance).map(type::cast);
    }

    /** The same lab with other components (layout and flows kept). */
    public Lab withComponents(List<Component> newComponents) {
        return new Lab(title, description, region, newComponents, layout, flows, query, extras);
    }

    /** The same lab with other saved flows. */
    public Lab withFlows(List<Flow> newFlows) {
        return new Lab(title, description, region, components, layout, newFlows, query, extras);
    }

    /** The same lab with another layout. */
    public Lab withLayout(Map<String, LayoutBox> newLayout) {
        return new Lab(title, description, region, components, newLayout, flows, query, extras);
    }

    /** The same lab with another golden-scenario query. */
    public Lab withQuery(Optional<Flow> newQuery) {
        return new Lab(title, description, region, components, layout, flows, newQuery, extras);
    }

    /** The same lab with another title and description. */
    public Lab withTitle(String newTitle, String newDescription) {
        return new Lab(newTitle, newDescription, region, components, layout, flows, query, extras);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lab other
                && title.equals(other.title)
                && description.equals(other.description)
                && region.equals(other.region)
                && components.equals(other.components)
                && layout.equals(other.layout)
                && flows.equals(other.flows)
                && query.equals(other.query)
                && extras.equals(other.extras);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, region, components.size(), flows.size());
    }

    @Override
    public String toString() {
        return "Lab[" + title + ", " + components.size() + " components]";
    }
}
