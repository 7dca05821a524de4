package dev.vpclab.classroom;

import dev.vpclab.edit.ComponentFields;
import dev.vpclab.edit.Deletion;
import dev.vpclab.edit.EditAttempt;
import dev.vpclab.edit.RuleEdits;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A teacher's script: the steps of a demonstration, kept in the lab file under the top-level key
 * {@code script:} (so in {@link Lab#extras()}). A step shows a flow, makes an edit or says a
 * caption; see {@code docs/classroom.md} for the format.
 */
public record Script(List<Script.Step> steps) {
    /** The top-level key of the lab file. */
    public static final String KEY = "script";

    public Script {
        steps = List.copyOf(steps);
    }

    /** One step of a script. */
    public sealed interface Step permits Show, Edit, Say {}

    /** Select a flow by its name and play its packet walk from the start. */
    public record Show(String flow) implements Step {
        public Show {
            Objects.requireNonNull(flow, "flow");
        }
    }

    /**
     * An edit of the lab, by name with its arguments ({@code deleteRoute}, {@code addRoute}, {@code
     * deleteComponent}, {@code setField}).
     */
    public record Edit(String edit, Map<String, String> args) implements Step {
        public Edit {
            Objects.requireNonNull(edit, "edit");
            args = Map.copyOf(args);
        }

        /** The edit on {@code lab}, or why it cannot be made there. */
        public EditAttempt on(Lab lab) {
            Objects.requireNonNull(lab, "lab");
            return switch (edit) {
                case "deleteRoute" -> deleteRoute(lab);
                case "addRoute" -> addRoute(lab);
                case "deleteComponent" ->
                        arg("id")
                                .<EditAttempt>map(
                                        id ->
                                                lab.component(id).isEmpty()
                                                        ? EditAttempt.refused(
                                                                "field.noComponent", id)
                                                        : new EditAttempt.Allowed(
                                                                Deletion.delete(lab, Set.of(id))))
                                .orElse(missing("id"));
                case "setField" ->
                        arg("component")
                                .flatMap(
                                        c ->
                                                arg("field")
                                                        .flatMap(
                                                                f ->
                                                                        arg("value")
                                                                                .map(
                                                                                        v ->
                                                                                                ComponentFields
                                                                                                        .set(
                                                                                                                lab,
                                                                                                                c,
                                                                                                                f,
                                                                                                                v))))
                                .orElse(missing("component, field, value"));
                default -> EditAttempt.refused("classroom.script.unknownEdit", edit);
            };
        }

        private EditAttempt deleteRoute(Lab lab) {
            Optional<String> table = arg("routeTable");
            Optional<String> destination = arg("destination");
            if (table.isEmpty() || destination.isEmpty()) {
                return missing("routeTable, destination");
            }
            Optional<RouteTable> rt = lab.component(table.get(), RouteTable.class);
            if (rt.isEmpty()) {
                return EditAttempt.refused("field.noComponent", table.get());
            }
            List<Route> routes = rt.get().routes();
            for (int i = 0; i < routes.size(); i++) {
                if (routes.get(i).destination().toString().equals(destination.get())) {
                    return RuleEdits.removeRoute(lab, table.get(), i);
                }
            }
            return EditAttempt.refused("classroom.script.noRoute", table.get(), destination.get());
        }

        private EditAttempt addRoute(Lab lab) {
            Optional<String> table = arg("routeTable");
            Optional<String> destination = arg("destination");
            Optional<String> target = arg("target");
            if (table.isEmpty() || destination.isEmpty() || target.isEmpty()) {
                return missing("routeTable, destination, target");
            }
            int size =
                    lab.component(table.get(), RouteTable.class)
                            .map(t -> t.routes().size())
                            .orElse(0);
            return RuleEdits.setRoute(lab, table.get(), size, destination.get(), target.get());
        }

        private Optional<String> arg(String name) {
            return Optional.ofNullable(args.get(name)).filter(s -> !s.isBlank());
        }

        private EditAttempt missing(String names) {
            return EditAttempt.refused("classroom.script.missing", edit, names);
        }
    }

    /** A caption shown over the diagram, by language tag ({@code en}, {@code ko}). */
    public record Say(Map<String, String> text) implements Step {
        public Say {
            text = Map.copyOf(text);
            if (text.isEmpty()) {
                throw new IllegalArgumentException("a caption needs a text");
            }
        }

        /** The text in {@code locale}'s language, else English, else any. */
        public String in(Locale locale) {
            Objects.requireNonNull(locale, "locale");
            String t = text.get(locale.getLanguage());
            if (t == null) {
                t = text.getOrDefault("en", text.values().iterator().next());
            }
            return t;
        }
    }

    /** The script of a lab, if its file has one. */
    public static Optional<Script> of(Lab lab) {
        Objects.requireNonNull(lab, "lab");
        return Optional.ofNullable(lab.extras().get(KEY)).map(Script::read);
    }

    /**
     * Reads a script from the plain value of the {@code script:} key (a list of maps).
     *
     * @throws IllegalArgumentException naming the step that is not understood
     */
    public static Script read(Object plain) {
        if (!(plain instanceof List<?> list)) {
            throw new IllegalArgumentException("the script is a list of steps");
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                steps.add(step(list.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        Message.of("classroom.script.badStep", i + 1, e.getMessage()).english(), e);
            }
        }
        return new Script(steps);
    }

    private static Step step(Object plain) {
        if (!(plain instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("a step is a map like {show: flow name}");
        }
        if (map.containsKey("show")) {
            return new Show(text(map.get("show")));
        }
        if (map.containsKey("say")) {
            Object say = map.get("say");
            Map<String, String> byLanguage = new LinkedHashMap<>();
            if (say instanceof Map<?, ?> m) {
                m.forEach((k, v) -> byLanguage.put(String.valueOf(k), text(v)));
            } else {
                byLanguage.put("en", text(say));
            }
            return new Say(byLanguage);
        }
        if (map.containsKey("edit")) {
            Map<String, String> args = new LinkedHashMap<>();
            map.forEach(
                    (k, v) -> {
                        if (!"edit".equals(k)) {
                            args.put(String.valueOf(k), text(v));
                        }
                    });
            return new Edit(text(map.get("edit")), args);
        }
        throw new IllegalArgumentException("a step has show, edit or say: " + map.keySet());
    }

    private static String text(Object v) {
        if (v == null || v instanceof Map || v instanceof List) {
            throw new IllegalArgumentException("expected a text, found " + v);
        }
        return String.valueOf(v);
    }

    /** The plain value written under {@code script:}, the inverse of {@link #read(Object)}. */
    public List<Map<String, Object>> toPlain() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Step s : steps) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (s instanceof Show show) {
                m.put("show", show.flow());
            } else if (s instanceof Say say) {
                m.put("say", new LinkedHashMap<>(say.text()));
            } else if (s instanceof Edit edit) {
                m.put("edit", edit.edit());
                m.putAll(new TreeMap<>(edit.args()));
            }
            out.add(m);
        }
        return out;
    }

    /** The lab with this script saved in it (replacing any other). */
    public Lab writeTo(Lab lab) {
        Objects.requireNonNull(lab, "lab");
        Map<String, Object> extras = new LinkedHashMap<>(lab.extras());
        extras.put(KEY, toPlain());
        return new Lab(
                lab.title(),
                lab.description(),
                lab.region(),
                lab.components(),
                lab.layout(),
                lab.flows(),
                lab.query(),
                extras);
    }
}
