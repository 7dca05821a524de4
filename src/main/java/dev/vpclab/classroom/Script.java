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
            if (flow.isBlank()) {
                throw new Unreadable(Message.of("classroom.script.noFlowName"));
            }
        }
    }

    /**
     * An edit of the lab, by name with its arguments ({@code deleteRoute}, {@code addRoute}, {@code
     * deleteComponent}, {@code setField}).
     */
    public record Edit(String edit, Map<String, String> args) implements Step {
        public Edit {
            Objects.requireNonNull(edit, "edit");
            if (edit.isBlank()) {
                throw new Unreadable(Message.of("classroom.script.noEditName"));
            }
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
            if (text.isEmpty() || text.values().stream().anyMatch(String::isBlank)) {
                throw new Unreadable(Message.of("classroom.script.emptyCaption"));
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

    /**
     * Why a step (or a script) cannot be read, as a message in the user's language; the reader
     * throws it, and the script editor shows it at the field.
     */
    public static final class Unreadable extends IllegalArgumentException {
        private final transient Message reason;

        public Unreadable(Message reason) {
            super(reason.english());
            this.reason = reason;
        }

        public Unreadable(Message reason, Throwable cause) {
            super(reason.english(), cause);
            this.reason = reason;
        }

        /** What is wrong, to render in the user's language. */
        public Message reason() {
            return reason;
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
            throw new Unreadable(Message.of("classroom.script.notAList"));
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                steps.add(readStep(list.get(i)));
            } catch (Unreadable e) {
                throw new Unreadable(Message.of("classroom.script.badStep", i + 1, e.reason()), e);
            }
        }
        return new Script(steps);
    }

    /**
     * Reads one step from its plain value (a map with {@code show}, {@code say} or {@code edit}),
     * as the reader of the lab file does; the script editor reads what the user typed through it.
     *
     * @throws Unreadable saying what is wrong with the step
     */
    public static Step readStep(Object plain) {
        if (!(plain instanceof Map<?, ?> map)) {
            throw new Unreadable(Message.of("classroom.script.notAMap"));
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
        throw new Unreadable(Message.of("classroom.script.noKind", map.keySet()));
    }

    private static String text(Object v) {
        if (v == null || v instanceof Map || v instanceof List) {
            throw new Unreadable(Message.of("classroom.script.notText", String.valueOf(v)));
        }
        return String.valueOf(v);
    }

    /** The plain value written under {@code script:}, the inverse of {@link #read(Object)}. */
    public List<Map<String, Object>> toPlain() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Step s : steps) {
            out.add(plain(s));
        }
        return out;
    }

    /** The plain value of one step, the inverse of {@link #readStep(Object)}. */
    public static Map<String, Object> plain(Step s) {
        Objects.requireNonNull(s, "step");
        Map<String, Object> m = new LinkedHashMap<>();
        if (s instanceof Show show) {
            m.put("show", show.flow());
        } else if (s instanceof Say say) {
            // English first, then the other languages by tag, so a file is written the same way.
            Map<String, String> byLanguage = new LinkedHashMap<>();
            Optional.ofNullable(say.text().get("en")).ifPresent(t -> byLanguage.put("en", t));
            new TreeMap<>(say.text()).forEach(byLanguage::putIfAbsent);
            m.put("say", byLanguage);
        } else if (s instanceof Edit edit) {
            m.put("edit", edit.edit());
            m.putAll(new TreeMap<>(edit.args()));
        }
        return m;
    }

    /**
     * Why {@code step} could not be played on {@code lab}, the way {@link ScriptRun} plays it: a
     * flow the lab does not have, an edit the lab refuses; empty when it can be played.
     */
    public static Optional<Message> refusal(Step step, Lab lab) {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(lab, "lab");
        if (step instanceof Show show) {
            return ScriptRun.indexOf(lab, show.flow()) < 0
                    ? Optional.of(Message.of("classroom.script.noFlow", show.flow()))
                    : Optional.empty();
        }
        if (step instanceof Edit edit) {
            return edit.on(lab).refusal();
        }
        return Optional.empty();
    }

    /**
     * The lab as the step at {@code index} finds it when the script is played from the start: with
     * the edits of the steps before it made (those the lab allows).
     */
    public Lab labBefore(Lab lab, int index) {
        Objects.requireNonNull(lab, "lab");
        Lab at = lab;
        for (int i = 0; i < Math.min(index, steps.size()); i++) {
            if (steps.get(i) instanceof Edit edit) {
                Optional<dev.vpclab.edit.LabEdit> e = edit.on(at).allowedEdit();
                if (e.isPresent()) {
                    at = e.get().apply(at);
                }
            }
        }
        return at;
    }

    /** The lab with this script saved in it (replacing any other); none when it has no steps. */
    public Lab writeTo(Lab lab) {
        Objects.requireNonNull(lab, "lab");
        Map<String, Object> extras = new LinkedHashMap<>(lab.extras());
        if (steps.isEmpty()) {
            extras.remove(KEY);
        } else {
            extras.put(KEY, toPlain());
        }
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
