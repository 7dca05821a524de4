package dev.vpclab.edit;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.FieldChoices;
import dev.vpclab.model.Flow;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.LayoutBox;
import dev.vpclab.model.NatConnectivity;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.IpVersion;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The simple fields of a component as the inspector shows them (name, kind of value, text) and the
 * edits that set one from text a user typed: a CIDR, an address, a yes/no, a list of ids. A value
 * that does not parse, a choice the file format does not allow ({@link FieldChoices}) and a value
 * that would give the lab a new check error ({@link EditGuard}: a reference to a missing component
 * or one of the wrong kind, an address outside its subnet) are refused at the field with the
 * reason, the same the file reader gives. Rules and routes are edited by {@link RuleEdits};
 * renaming the id by {@link #rename}.
 */
public final class ComponentFields {
    private ComponentFields() {}

    /** How a field is edited. */
    public enum FieldType {
        TEXT,
        BOOLEAN,
        CIDR,
        ADDRESS,
        OPTIONAL_TEXT,
        OPTIONAL_CIDR,
        OPTIONAL_ADDRESS,
        ID_LIST,
        CIDR_LIST,
        CHOICE,
        /** Shown, but edited elsewhere (rules, routes, policies, interfaces). */
        READ_ONLY,
        ADDRESS_LIST
    }

    /** One field: name as in the lab file, how it is edited, its value as text, its choices. */
    public record Field(String name, FieldType type, String text, List<String> choices) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(text, "text");
            choices = List.copyOf(choices);
        }

        public boolean editable() {
            return type != FieldType.READ_ONLY;
        }
    }

    /** The fields of a component, in record order, the id first. */
    public static List<Field> fields(Component c) {
        Objects.requireNonNull(c, "component");
        List<Field> out = new ArrayList<>();
        for (RecordComponent rc : c.getClass().getRecordComponents()) {
            Object value = References.read(rc, c);
            FieldType type = typeOf(rc);
            List<String> choices = FieldChoices.of(c.kind(), rc.getName());
            if (!choices.isEmpty()) {
                type = FieldType.CHOICE;
            } else if (type == FieldType.CHOICE) {
                choices =
                        Arrays.stream(rc.getType().getEnumConstants())
                                .map(Object::toString)
                                .toList();
            }
            String shown =
                    value instanceof Enum<?> e && e.ordinal() < choices.size()
                            ? choices.get(e.ordinal())
                            : text(value);
            out.add(new Field(fileName(rc.getName()), type, shown, choices));
        }
        return out;
    }

    // The model's record names differ from the file's in a few places.
    private static String fileName(String recordName) {
        return recordName.equals("isDefault") ? "default" : recordName;
    }

    private static String recordName(Component c, String field) {
        if (field.equals("default")) {
            return "isDefault";
        }
        return field;
    }

    static FieldType typeOf(RecordComponent rc) {
        Class<?> raw = rc.getType();
        if (raw == String.class) {
            return FieldType.TEXT;
        }
        if (raw == boolean.class) {
            return FieldType.BOOLEAN;
        }
        if (raw == Cidr.class) {
            return FieldType.CIDR;
        }
        if (raw == IpAddress.class) {
            return FieldType.ADDRESS;
        }
        if (raw == NatConnectivity.class || raw == IpVersion.class) {
            return FieldType.CHOICE;
        }
        Optional<Class<?>> arg = typeArgument(rc.getGenericType());
        if (raw == Optional.class && arg.isPresent()) {
            Class<?> a = arg.get();
            return a == String.class
                    ? FieldType.OPTIONAL_TEXT
                    : a == Cidr.class
                            ? FieldType.OPTIONAL_CIDR
                            : a == IpAddress.class
                                    ? FieldType.OPTIONAL_ADDRESS
                                    : FieldType.READ_ONLY;
        }
        if (raw == List.class && arg.isPresent()) {
            return arg.get() == String.class
                    ? FieldType.ID_LIST
                    : arg.get() == Cidr.class
                            ? FieldType.CIDR_LIST
                            : arg.get() == IpAddress.class
                                    ? FieldType.ADDRESS_LIST
                                    : FieldType.READ_ONLY;
        }
        return FieldType.READ_ONLY;
    }

    private static Optional<Class<?>> typeArgument(java.lang.reflect.Type t) {
        if (t instanceof ParameterizedType p
                && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return Optional.of(c);
        }
        return Optional.empty();
    }

    static String text(Object value) {
        if (value instanceof Optional<?> o) {
            return o.map(ComponentFields::text).orElse("");
        }
        if (value instanceof List<?> l) {
            return l.stream().map(ComponentFields::text).collect(Collectors.joining(", "));
        }
        if (value instanceof Record r && !overridesToString(r)) {
            // A nested record (an interface, a listener, a target group) as its values in a row.
            StringBuilder sb = new StringBuilder();
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                String part = text(References.read(rc, r));
                if (!part.isEmpty()) {
                    sb.append(sb.length() == 0 ? "" : " ").append(part);
                }
            }
            return "(" + sb + ")";
        }
        return String.valueOf(value);
    }

    // A record's generated toString reads "Name[a=..., b=...]"; the model's own ones do not.
    private static boolean overridesToString(Record r) {
        return !String.valueOf(r).startsWith(r.getClass().getSimpleName() + "[");
    }

    /**
     * The edit setting {@code field} of component {@code id} from the text, or the reason the text
     * is refused.
     */
    public static EditAttempt set(Lab lab, String id, String field, String text) {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        Component c = lab.component(id).orElse(null);
        if (c == null) {
            return EditAttempt.refused("field.noComponent", id);
        }
        if (field.equals("id")) {
            return rename(lab, id, text.trim());
        }
        RecordComponent[] rcs = c.getClass().getRecordComponents();
        Object[] args = new Object[rcs.length];
        int target = -1;
        for (int i = 0; i < rcs.length; i++) {
            args[i] = References.read(rcs[i], c);
            if (rcs[i].getName().equals(recordName(c, field))) {
                target = i;
            }
        }
        if (target < 0) {
            return EditAttempt.refused("field.unknown", field);
        }
        Object value;
        List<String> choices = FieldChoices.of(c.kind(), rcs[target].getName());
        if (!choices.isEmpty()) {
            // The reader's own list and message: the file would refuse any other value.
            Optional<String> chosen = FieldChoices.match(choices, text);
            if (chosen.isEmpty()) {
                return EditAttempt.refused(
                        "format.invalidChoice", field, String.join(", ", choices), text.trim());
            }
            // An enum field (a prefix list's family) takes the constant in the same position.
            Class<?> raw = rcs[target].getType();
            value =
                    raw.isEnum()
                            ? raw.getEnumConstants()[choices.indexOf(chosen.get())]
                            : chosen.get();
        } else if (typeOf(rcs[target]) == FieldType.TEXT && text.isBlank()) {
            // The reader refuses an empty required text, so the field does too.
            return EditAttempt.refused("format.emptyField", field, c.kind().fileName());
        } else {
            try {
                value = parse(rcs[target], text);
            } catch (IllegalArgumentException e) {
                return EditAttempt.refused("field.invalid", field, e.getMessage());
            }
        }
        args[target] = value;
        Component built;
        try {
            built = (Component) References.construct(c.getClass(), rcs, args);
        } catch (RuntimeException e) {
            return EditAttempt.refused("field.invalid", field, e.getMessage());
        }
        // An endpoint's names follow its service, in the same undo entry.
        Component changed =
                c instanceof InterfaceEndpoint before && built instanceof InterfaceEndpoint after
                        ? EndpointDnsNames.afterEdit(lab, before, after, field)
                        : built;
        Message label = Message.of("edit.field", c.kind().fileName(), field);
        // References, addresses and everything else the reader checks on open: see EditGuard.
        return EditGuard.guard(
                lab, EditAttempt.allowed(LabEdit.of(label, l -> replace(l, changed))));
    }

    private static Object parse(RecordComponent rc, String text) {
        String t = text.trim();
        return switch (typeOf(rc)) {
            case TEXT -> t;
            case BOOLEAN -> parseBoolean(t);
            case CIDR -> Cidr.parse(t);
            case ADDRESS -> IpAddress.parse(t);
            case OPTIONAL_TEXT -> t.isEmpty() ? Optional.empty() : Optional.of(t);
            case OPTIONAL_CIDR -> t.isEmpty() ? Optional.empty() : Optional.of(Cidr.parse(t));
            case OPTIONAL_ADDRESS ->
                    t.isEmpty() ? Optional.empty() : Optional.of(IpAddress.parse(t));
            case ID_LIST -> splitList(t);
            case CIDR_LIST -> splitList(t).stream().map(Cidr::parse).toList();
            case CHOICE -> parseChoice(rc.getType(), t);
            case READ_ONLY -> throw new IllegalArgumentException("edited in its own table");
            case ADDRESS_LIST -> splitList(t).stream().map(IpAddress::parse).toList();
        };
    }

    private static boolean parseBoolean(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("'" + t + "' is not true or false");
        };
    }

    private static Object parseChoice(Class<?> type, String t) {
        for (Object constant : type.getEnumConstants()) {
            if (constant.toString().equalsIgnoreCase(t)
                    || ((Enum<?>) constant).name().equalsIgnoreCase(t)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + t + "' is not one of the choices");
    }

    private static List<String> splitList(String t) {
        if (t.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(t.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    /** The lab with {@code changed} in place of the component with the same id. */
    public static Lab replace(Lab lab, Component changed) {
        List<Component> out = new ArrayList<>(lab.components().size());
        for (Component c : lab.components()) {
            out.add(c.id().equals(changed.id()) ? changed : c);
        }
        return lab.withComponents(out);
    }

    /** Renames a component and every reference to it (routes, lists, layout, flows). */
    public static EditAttempt rename(Lab lab, String oldId, String newId) {
        if (!Ids.isValid(newId)) {
            return EditAttempt.refused("field.badId", newId);
        }
        if (newId.equals(oldId)) {
            return EditAttempt.allowed(LabEdit.of(Message.of("edit.rename", oldId), l -> l));
        }
        if (Ids.taken(lab).contains(newId)) {
            return EditAttempt.refused("field.idTaken", newId);
        }
        if (Ids.readsAsYamlValue(newId)) {
            return EditAttempt.refused("field.idYamlWord", newId);
        }
        Optional<String> prefix = lab.component(oldId).flatMap(c -> Ids.requiredPrefix(c.kind()));
        if (prefix.isPresent() && !newId.startsWith(prefix.get())) {
            String kind = lab.component(oldId).orElseThrow().kind().fileName();
            return EditAttempt.refused("field.idPrefix", kind, prefix.get());
        }
        return EditGuard.guard(lab, renameEdit(oldId, newId));
    }

    private static EditAttempt renameEdit(String oldId, String newId) {
        return EditAttempt.allowed(
                LabEdit.of(
                        Message.of("edit.rename", oldId),
                        l -> {
                            Map<String, String> renames = Map.of(oldId, newId);
                            Map<String, ComponentKind> kinds =
                                    Map.of(oldId, l.component(oldId).orElseThrow().kind());
                            List<Component> cs =
                                    l.components().stream()
                                            .map(c -> References.renameIds(c, renames, kinds))
                                            .toList();
                            Map<String, LayoutBox> layout = new LinkedHashMap<>();
                            l.layout()
                                    .forEach((k, v) -> layout.put(k.equals(oldId) ? newId : k, v));
                            UnaryOperator<String> endpoints = s -> s.equals(oldId) ? newId : s;
                            List<Flow> flows =
                                    l.flows().stream().map(f -> renameEnds(f, endpoints)).toList();
                            Optional<Flow> query = l.query().map(f -> renameEnds(f, endpoints));
                            return l.withComponents(cs)
                                    .withLayout(layout)
                                    .withFlows(flows)
                                    .withQuery(query);
                        }));
    }

    // A flow names components only by its ends; its name and request are free text.
    private static Flow renameEnds(Flow f, UnaryOperator<String> rename) {
        return f.withEnds(rename.apply(f.from()), rename.apply(f.to()));
    }
}
