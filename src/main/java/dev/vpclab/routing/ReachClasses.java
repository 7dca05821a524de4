package dev.vpclab.routing;

import dev.vpclab.model.Component;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.Lab;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The ends of a reachability matrix (instances, hosts, endpoints, services) grouped into classes
 * that no rule of the lab can tell apart, so that one trace per pair of classes stands for every
 * pair of their members (the "atomic predicates" of Yang and Lam, made exact for this tracer).
 *
 * <p>Two instances (or hosts) share a class when their records are equal in every field except the
 * id, each address of their own replaced by its {@link AddressAtoms atom} among every block and
 * address the rest of the lab mentions (routes, NACL and security-group rules, prefix lists, policy
 * conditions, subnets, VPCs, ENIs, DNS records, ...). Field by field, so a field another branch
 * adds to a model record splits classes by itself. An end is alone in its class when
 *
 * <ul>
 *   <li>it is not an instance or host (endpoints and services are few and read by id);
 *   <li>any other component mentions its id (a route target, an NLB target, a policy, ...): the
 *       tracer may then treat it unlike its neighbours;
 *   <li>one of its addresses is also the address of another component (lookups by address would
 *       find only one of them).
 * </ul>
 *
 * <p>What a trace says about its own two ends (ids, addresses) is re-stamped by {@link CellStamp}.
 */
final class ReachClasses {
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private final Map<String, Integer> classOf = new HashMap<>();
    private final List<List<String>> members = new ArrayList<>();
    private final Map<String, CellStamp.End> ends = new HashMap<>();

    private ReachClasses() {}

    /** The classes of these ends of a lab. */
    static ReachClasses of(Lab lab, Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        List<Cidr> blocks = new ArrayList<>();
        Map<IpAddress, Integer> owners = new HashMap<>();
        Set<String> mentioned = new HashSet<>();
        for (Component c : lab.components()) {
            boolean end = wanted.contains(c.id()) && groupable(c);
            for (RecordComponent rc : recordComponents(c.getClass())) {
                if (rc.getName().equals("id")) {
                    continue;
                }
                Object value = read(rc, c);
                if (end && ownAddress(value)) {
                    // an end's own address does not split the space: it is what gets classed
                    visit(value, x -> {}, ip -> owners.merge(ip, 1, Integer::sum), s -> {});
                    continue;
                }
                visit(
                        value,
                        blocks::add,
                        ip -> {
                            blocks.add(Cidr.host(ip));
                            owners.merge(ip, 1, Integer::sum);
                        },
                        s -> mention(s, mentioned));
            }
        }
        AddressAtoms atoms = new AddressAtoms(blocks);
        ReachClasses classes = new ReachClasses();
        Map<List<Object>, Integer> byKey = new HashMap<>();
        for (Component c : lab.components()) {
            if (!wanted.contains(c.id()) || classes.classOf.containsKey(c.id())) {
                continue;
            }
            List<IpAddress> own = new ArrayList<>();
            List<Object> key = key(c, atoms, own);
            boolean alone =
                    key == null
                            || mentioned.contains(c.id())
                            || own.stream().anyMatch(ip -> ip != null && owners.get(ip) > 1);
            if (alone) {
                key = List.of("alone", c.id());
            }
            Integer cls = byKey.get(key);
            if (cls == null) {
                cls = classes.members.size();
                byKey.put(key, cls);
                classes.members.add(new ArrayList<>());
            }
            classes.members.get(cls).add(c.id());
            classes.classOf.put(c.id(), cls);
            classes.ends.put(c.id(), new CellStamp.End(c.id(), own));
        }
        return classes;
    }

    /** The class of an end. */
    int classOf(String id) {
        Integer cls = classOf.get(id);
        if (cls == null) {
            throw new IllegalArgumentException("not an end of the matrix: " + id);
        }
        return cls;
    }

    /** The members of a class, in lab order. */
    List<String> members(int cls) {
        return members.get(cls);
    }

    /** The number of classes. */
    int count() {
        return members.size();
    }

    /** An end's id and own addresses, as re-stamping needs them. */
    CellStamp.End end(String id) {
        return ends.get(id);
    }

    private static boolean groupable(Component c) {
        return c instanceof Instance || c instanceof InternetHost || c instanceof OnPremisesHost;
    }

    private static boolean ownAddress(Object value) {
        return value instanceof IpAddress
                || value instanceof Optional<?> o && o.isPresent() && o.get() instanceof IpAddress;
    }

    /**
     * The class key: the record's type and every field but the id, own addresses as atoms; fills
     * {@code own} with the own addresses (null where an optional one is absent). Null when the
     * component cannot share its class.
     */
    private static List<Object> key(Component c, AddressAtoms atoms, List<IpAddress> own) {
        if (!groupable(c)) {
            return null;
        }
        List<Object> key = new ArrayList<>();
        key.add(c.getClass());
        for (RecordComponent rc : recordComponents(c.getClass())) {
            if (rc.getName().equals("id")) {
                continue;
            }
            Object value = read(rc, c);
            if (value instanceof IpAddress ip) {
                own.add(ip);
                key.add(atoms.atomOf(ip));
            } else if (value instanceof Optional<?> o
                    && rc.getGenericType().getTypeName().contains(IpAddress.class.getName())) {
                IpAddress ip = (IpAddress) o.orElse(null);
                own.add(ip);
                key.add(ip == null ? Optional.empty() : Optional.of(atoms.atomOf(ip)));
            } else {
                key.add(value);
            }
        }
        return key;
    }

    /** Every block, address and string inside a value of the model, depth first. */
    private static void visit(
            Object value,
            Consumer<Cidr> block,
            Consumer<IpAddress> address,
            Consumer<String> text) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return;
        }
        if (value instanceof IpAddress ip) {
            address.accept(ip);
        } else if (value instanceof Cidr cidr) {
            block.accept(cidr);
        } else if (value instanceof String s) {
            text.accept(s);
            // policy conditions and free-form fields keep addresses as text
            if (s.indexOf('/') > 0) {
                Cidr.tryParse(s).ifPresent(block);
            } else if (!s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.indexOf(':') > 0)) {
                IpAddress.tryParse(s).ifPresent(address);
            }
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> visit(v, block, address, text));
        } else if (value instanceof Collection<?> list) {
            list.forEach(v -> visit(v, block, address, text));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach(
                    (k, v) -> {
                        visit(k, block, address, text);
                        visit(v, block, address, text);
                    });
        } else if (value instanceof Record) {
            for (RecordComponent rc : recordComponents(value.getClass())) {
                visit(read(rc, value), block, address, text);
            }
        } else if (!(value instanceof Enum<?>)) {
            text.accept(value.toString());
        }
    }

    /** A string and its id-like tokens, so that {@code arn:...:instance/i-1} mentions i-1. */
    private static void mention(String s, Set<String> mentioned) {
        mentioned.add(s);
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean token = i < s.length() && CellStamp.tokenChar(s.charAt(i));
            if (token && start < 0) {
                start = i;
            } else if (!token && start >= 0) {
                mentioned.add(s.substring(start, i));
                start = -1;
            }
        }
    }

    private static RecordComponent[] recordComponents(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, Class::getRecordComponents);
    }

    private static Object read(RecordComponent rc, Object record) {
        try {
            return rc.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + rc + " of " + record, e);
        }
    }
}
