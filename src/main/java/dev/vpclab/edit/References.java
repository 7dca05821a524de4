package dev.vpclab.edit;

import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.ReferenceFields;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The references between components, found generically in the model records: every string field,
 * list element or nested record field whose value is the id of a component. Working on the record
 * structure (rather than one case per kind) keeps rename and delete right for every kind the lab
 * format has, and for kinds added later.
 */
public final class References {
    private References() {}

    /** Every string inside {@code value} (records, lists and optionals are searched). */
    public static Set<String> strings(Object value) {
        Set<String> out = new LinkedHashSet<>();
        collect(value, out);
        return out;
    }

    /** The ids of other components that {@code component} refers to, among {@code ids}. */
    public static Set<String> referencedIds(Component component, Collection<String> ids) {
        Set<String> found = new LinkedHashSet<>();
        for (RecordComponent rc : component.getClass().getRecordComponents()) {
            if (rc.getName().equals("id")) {
                continue;
            }
            for (String s : strings(read(rc, component))) {
                if (ids.contains(s) && !s.equals(component.id())) {
                    found.add(s);
                }
            }
        }
        return found;
    }

    /**
     * The value with every string replaced by {@code rename.apply(string)}; records are rebuilt
     * through their canonical constructor, so they validate again.
     */
    @SuppressWarnings("unchecked")
    public static <T> T mapStrings(T value, UnaryOperator<String> rename) {
        return (T) map(value, rename);
    }

    /**
     * The component with renamed ids: its own id, and the references listed for its kind in {@link
     * ReferenceFields} that may point to the renamed component's kind. Other strings (a gateway
     * endpoint's {@code service: s3}, names, DNS names) are kept, even when they equal a renamed
     * id.
     *
     * @param renames old id to new id
     * @param kinds the kind of each renamed component, by old id
     */
    public static Component renameIds(
            Component component, Map<String, String> renames, Map<String, ComponentKind> kinds) {
        RecordComponent[] rcs = component.getClass().getRecordComponents();
        Object[] args = new Object[rcs.length];
        boolean changed = false;
        for (int i = 0; i < rcs.length; i++) {
            Object old = read(rcs[i], component);
            Optional<ReferenceFields.Field> field =
                    ReferenceFields.find(component.kind(), rcs[i].getName());
            if (rcs[i].getName().equals("id")) {
                args[i] = renames.getOrDefault((String) old, (String) old);
            } else if (field.isPresent()) {
                ReferenceFields.Field f = field.get();
                args[i] =
                        map(
                                old,
                                s ->
                                        renames.containsKey(s) && f.mayPointTo(kinds.get(s))
                                                ? renames.get(s)
                                                : s);
            } else {
                args[i] = old;
            }
            changed |= args[i] != old;
        }
        return changed ? (Component) construct(component.getClass(), rcs, args) : component;
    }

    private static Object map(Object value, UnaryOperator<String> rename) {
        if (value instanceof String s) {
            return rename.apply(s);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object o : list) {
                Object m = map(o, rename);
                changed |= m != o;
                out.add(m);
            }
            return changed ? List.copyOf(out) : list;
        }
        if (value instanceof Optional<?> opt) {
            if (opt.isEmpty()) {
                return opt;
            }
            Object m = map(opt.get(), rename);
            return m == opt.get() ? opt : Optional.of(m);
        }
        if (value instanceof Record r && isModel(r)) {
            RecordComponent[] rcs = r.getClass().getRecordComponents();
            Object[] args = new Object[rcs.length];
            boolean changed = false;
            for (int i = 0; i < rcs.length; i++) {
                Object old = read(rcs[i], r);
                args[i] = map(old, rename);
                changed |= args[i] != old;
            }
            return changed ? construct(r.getClass(), rcs, args) : r;
        }
        return value;
    }

    /**
     * The value with every list element that mentions one of {@code ids} removed, at any depth.
     * Returns the value itself when nothing was removed.
     */
    @SuppressWarnings("unchecked")
    public static <T> T dropMentions(T value, Set<String> ids) {
        return (T) drop(value, ids);
    }

    private static Object drop(Object value, Set<String> ids) {
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object o : list) {
                if (mentionsDirectly(o, ids)) {
                    changed = true;
                    continue;
                }
                Object m = drop(o, ids);
                changed |= m != o;
                out.add(m);
            }
            return changed ? List.copyOf(out) : list;
        }
        if (value instanceof Optional<?> opt) {
            if (opt.isPresent() && opt.get() instanceof String s && ids.contains(s)) {
                return Optional.empty();
            }
            return opt;
        }
        if (value instanceof Record r && isModel(r)) {
            RecordComponent[] rcs = r.getClass().getRecordComponents();
            Object[] args = new Object[rcs.length];
            boolean changed = false;
            for (int i = 0; i < rcs.length; i++) {
                Object old = read(rcs[i], r);
                args[i] = drop(old, ids);
                changed |= args[i] != old;
            }
            return changed ? construct(r.getClass(), rcs, args) : r;
        }
        return value;
    }

    /** A list element mentions an id when it is the id, or a record with a field holding it. */
    private static boolean mentionsDirectly(Object element, Set<String> ids) {
        if (element instanceof String s) {
            return ids.contains(s);
        }
        if (element instanceof Record r && isModel(r)) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                Object v = read(rc, r);
                if (v instanceof String s && ids.contains(s)) {
                    return true;
                }
                if (v instanceof Record inner && !(v instanceof Component) && isModel(inner)) {
                    // e.g. a rule's peer: AddressSet.SecurityGroupRef(sg-...)
                    for (RecordComponent irc : inner.getClass().getRecordComponents()) {
                        if (read(irc, inner) instanceof String s && ids.contains(s)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static void collect(Object value, Set<String> out) {
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof Collection<?> c) {
            c.forEach(o -> collect(o, out));
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> collect(v, out));
        } else if (value instanceof Record r && isModel(r)) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                collect(read(rc, r), out);
            }
        }
    }

    // Only the lab's own records are rebuilt; value types of the net package hold no ids.
    private static boolean isModel(Record r) {
        return r.getClass().getName().startsWith("dev.vpclab.model.");
    }

    static Object read(RecordComponent rc, Object record) {
        try {
            return rc.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + rc.getName(), e);
        }
    }

    static Object construct(Class<?> type, RecordComponent[] rcs, Object[] args) {
        Class<?>[] types = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            types[i] = rcs[i].getType();
        }
        try {
            Constructor<?> c = type.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + type.getSimpleName(), e);
        }
    }
}
