package dev.vpclab.classroom;

import dev.vpclab.edit.ComponentFields;
import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Flow;
import dev.vpclab.model.KindDescriptor;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a lab offers the fields of a script step: the names of its saved flows, the edits a script
 * can make and their arguments, the route tables and their routes, the route targets, the
 * components and their fields. The script editor lists these; the step it builds is still checked
 * by the reader and by playing it ({@link ScriptEdits}).
 */
public final class ScriptChoices {
    /** The edits a script can make, in the order the editor offers them. */
    public static final List<String> EDITS =
            List.of("deleteRoute", "addRoute", "deleteComponent", "setField");

    /** The arguments of each edit, in the order the editor shows them. */
    public static final Map<String, List<String>> ARGUMENTS =
            Map.of(
                    "deleteRoute", List.of("routeTable", "destination"),
                    "addRoute", List.of("routeTable", "destination", "target"),
                    "deleteComponent", List.of("id"),
                    "setField", List.of("component", "field", "value"));

    private ScriptChoices() {}

    /** The arguments of an edit (none for an edit the app does not know). */
    public static List<String> arguments(String edit) {
        return ARGUMENTS.getOrDefault(edit, List.of());
    }

    /** The names of the lab's saved flows, in order (a flow without a name cannot be shown). */
    public static List<String> flows(Lab lab) {
        return lab.flows().stream().map(Flow::name).flatMap(Optional::stream).toList();
    }

    /** The ids of the lab's route tables. */
    public static List<String> routeTables(Lab lab) {
        return lab.all(RouteTable.class).map(RouteTable::id).toList();
    }

    /**
     * The destinations of a route table's routes that a script can delete, as it writes them: not
     * the local route, which AWS does not let anyone delete.
     */
    public static List<String> destinations(Lab lab, String routeTable) {
        return lab.component(routeTable, RouteTable.class)
                .map(
                        t ->
                                t.routes().stream()
                                        .filter(r -> !r.target().equals(Route.LOCAL))
                                        .map(r -> r.destination().toString())
                                        .toList())
                .orElse(List.of());
    }

    /** Where a route may send traffic: {@code local} and the lab's components of target kinds. */
    public static List<String> targets(Lab lab) {
        Set<ComponentKind> kinds =
                KindDescriptor.of(ComponentKind.ROUTE_TABLE).fields().stream()
                        .filter(f -> f.path().equals("routes[].target"))
                        .findFirst()
                        .map(f -> f.targets())
                        .orElse(Set.of());
        List<String> out = new ArrayList<>(List.of(Route.LOCAL));
        lab.components().stream()
                .filter(c -> kinds.contains(c.kind()))
                .map(Component::id)
                .forEach(out::add);
        return out;
    }

    /** The ids of the lab's components. */
    public static List<String> components(Lab lab) {
        return lab.components().stream().map(Component::id).toList();
    }

    /** The fields of a component that can be set, with their values now. */
    public static Map<String, String> fields(Lab lab, String component) {
        Map<String, String> out = new LinkedHashMap<>();
        lab.component(component)
                .ifPresent(
                        c ->
                                ComponentFields.fields(c).stream()
                                        .filter(ComponentFields.Field::editable)
                                        .filter(f -> !f.name().equals("id"))
                                        .forEach(f -> out.put(f.name(), f.text())));
        return out;
    }

    /** A new step that shows the lab's first named flow, if it has one. */
    public static Optional<Script.Step> newShow(Lab lab) {
        return flows(lab).stream().findFirst().map(Script.Show::new);
    }

    /**
     * A new edit step of kind {@code edit} that can be made on {@code lab} (the lab as the step
     * will find it), filled with the first arguments that work; empty when there are none.
     */
    public static Optional<Script.Step> newEdit(Lab lab, String edit) {
        Objects.requireNonNull(lab, "lab");
        List<Map<String, String>> candidates = new ArrayList<>();
        switch (edit) {
            case "deleteRoute" ->
                    routeTables(lab)
                            .forEach(
                                    t ->
                                            destinations(lab, t)
                                                    .forEach(
                                                            d ->
                                                                    candidates.add(
                                                                            Map.of(
                                                                                    "routeTable",
                                                                                    t,
                                                                                    "destination",
                                                                                    d))));
            case "addRoute" ->
                    routeTables(lab)
                            .forEach(
                                    t ->
                                            targets(lab).stream()
                                                    .filter(x -> !x.equals(Route.LOCAL))
                                                    .forEach(
                                                            x ->
                                                                    candidates.add(
                                                                            Map.of(
                                                                                    "routeTable",
                                                                                    t,
                                                                                    "destination",
                                                                                    "0.0.0.0/0",
                                                                                    "target",
                                                                                    x))));
            case "deleteComponent" ->
                    components(lab).forEach(id -> candidates.add(Map.of("id", id)));
            case "setField" ->
                    components(lab)
                            .forEach(
                                    id ->
                                            fields(lab, id)
                                                    .forEach(
                                                            (f, v) ->
                                                                    candidates.add(
                                                                            Map.of(
                                                                                    "component",
                                                                                    id,
                                                                                    "field",
                                                                                    f,
                                                                                    "value",
                                                                                    v))));
            default -> {}
        }
        return candidates.stream()
                .<Script.Step>map(args -> new Script.Edit(edit, args))
                .filter(s -> Script.refusal(s, lab).isEmpty())
                .findFirst();
    }

    /**
     * The edit with one argument set to {@code value}; the arguments that depend on it follow:
     * another route table deletes its own first route, another component sets its own first field
     * (to the value it has), another field starts from its value now.
     */
    public static Script.Edit withArgument(
            Lab lab, Script.Edit edit, String argument, String value) {
        Map<String, String> args = new LinkedHashMap<>(edit.args());
        args.put(argument, value);
        if (edit.edit().equals("deleteRoute") && argument.equals("routeTable")) {
            String table = value;
            destinations(lab, table).stream()
                    .filter(
                            d ->
                                    Script.refusal(
                                                    new Script.Edit(
                                                            "deleteRoute",
                                                            Map.of(
                                                                    "routeTable",
                                                                    table,
                                                                    "destination",
                                                                    d)),
                                                    lab)
                                            .isEmpty())
                    .findFirst()
                    .ifPresent(d -> args.put("destination", d));
        } else if (edit.edit().equals("setField") && argument.equals("component")) {
            fields(lab, value).entrySet().stream()
                    .findFirst()
                    .ifPresent(
                            f -> {
                                args.put("field", f.getKey());
                                args.put("value", f.getValue());
                            });
        } else if (edit.edit().equals("setField") && argument.equals("field")) {
            Optional.ofNullable(fields(lab, args.getOrDefault("component", "")).get(value))
                    .ifPresent(v -> args.put("value", v));
        }
        return new Script.Edit(edit.edit(), args);
    }
}
