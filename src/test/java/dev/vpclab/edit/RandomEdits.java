package dev.vpclab.edit;

import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.ReferenceFields;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.SecurityGroup;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Random edits of every kind a user can make, as the app's gestures make them (the core calls the
 * app calls): add from the palette, delete, move, rename, connect, paste, inspector fields with
 * random values, route and rule rows. Each is an attempt, allowed or refused.
 */
final class RandomEdits {
    private final Random random;

    RandomEdits(long seed) {
        this.random = new Random(seed);
    }

    /** One random attempt on the lab, with a description for the failure message. */
    record Try(String what, EditAttempt attempt) {}

    Try next(Lab lab) {
        List<Component> cs = lab.components();
        if (cs.isEmpty()) {
            return add(lab);
        }
        Component c = cs.get(random.nextInt(cs.size()));
        return switch (random.nextInt(10)) {
            case 0 -> add(lab);
            case 1 -> {
                Set<String> ids = some(lab, c);
                yield new Try("delete " + ids, DeletionGuard.attempt(lab, ids));
            }
            case 2 -> moveOrResize(lab, c);
            case 3 -> {
                String to = randomId(lab, c);
                yield new Try(
                        "rename " + c.id() + " to " + to, ComponentFields.rename(lab, c.id(), to));
            }
            case 4 -> {
                List<Component> fits =
                        cs.stream()
                                .filter(o -> Connections.canConnect(lab, c.id(), o.id()))
                                .toList();
                Component other =
                        fits.isEmpty() || random.nextInt(3) == 0
                                ? cs.get(random.nextInt(cs.size()))
                                : fits.get(random.nextInt(fits.size()));
                yield new Try(
                        "connect " + c.id() + " and " + other.id(),
                        Connections.connect(lab, c.id(), other.id()));
            }
            case 5 -> {
                Set<String> ids = some(lab, c);
                Clipboard.Paste p = Clipboard.paste(lab, Clipboard.copy(lab, ids), 30, 30);
                yield new Try("paste " + ids, p.attempt(lab));
            }
            case 6, 7 -> field(lab, c);
            default -> row(lab, c);
        };
    }

    private Try moveOrResize(Lab lab, Component c) {
        double dx = random.nextInt(400) - 200;
        double dy = random.nextInt(400) - 200;
        if (random.nextInt(4) == 0) {
            Rect r = Diagram.of(lab).box(c.id()).orElse(new Rect(0, 0, 10, 10));
            Rect to =
                    new Rect(
                            r.x(),
                            r.y(),
                            Math.max(1, r.width() + dx),
                            Math.max(1, r.height() + dy));
            return new Try("resize " + c.id() + " to " + to, LayoutEdits.resize(lab, c.id(), to));
        }
        Set<String> ids = some(lab, c);
        return new Try("move " + ids + " by " + dx + "," + dy, LayoutEdits.move(lab, ids, dx, dy));
    }

    /** The component, and sometimes one or two more: the user's selection. */
    private Set<String> some(Lab lab, Component c) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(c.id());
        for (int n = random.nextInt(4); n > 1; n--) {
            ids.add(anyId(lab));
        }
        return ids;
    }

    private Try add(Lab lab) {
        ComponentKind[] kinds = ComponentKind.values();
        ComponentKind kind = kinds[random.nextInt(kinds.length)];
        Diagram d = Diagram.of(lab);
        List<Rect> boxes = new ArrayList<>(d.boxes().values());
        Point at;
        if (boxes.isEmpty() || random.nextInt(4) == 0) {
            at = new Point(random.nextInt(3000), random.nextInt(2000));
        } else {
            Rect r = boxes.get(random.nextInt(boxes.size()));
            at =
                    new Point(
                            r.x() + random.nextDouble() * r.width(),
                            r.y() + random.nextDouble() * r.height());
        }
        Optional<String> container = d.containerAt(at, Set.of());
        return new Try(
                "add " + kind.fileName() + " at " + at + " in " + container,
                AddComponent.attempt(lab, kind, at, container));
    }

    private Try field(Lab lab, Component c) {
        List<ComponentFields.Field> fields =
                ComponentFields.fields(c).stream().filter(ComponentFields.Field::editable).toList();
        if (fields.isEmpty()) {
            return add(lab);
        }
        ComponentFields.Field f = fields.get(random.nextInt(fields.size()));
        String value = value(lab, f);
        return new Try(
                "set " + c.id() + "." + f.name() + " to '" + value + "'",
                ComponentFields.set(lab, c.id(), f.name(), value));
    }

    /** A value for a field: often a plausible one (another id, a nearby block), sometimes junk. */
    private String value(Lab lab, ComponentFields.Field f) {
        List<Component> cs = lab.components();
        return switch (random.nextInt(7)) {
            case 0 -> "";
            case 1 -> junk();
            case 2 -> cs.get(random.nextInt(cs.size())).id();
            case 3 ->
                    f.choices().isEmpty()
                            ? mutate(f.text())
                            : f.choices().get(random.nextInt(f.choices().size()));
            case 4 -> randomBlock();
            case 5 -> randomAddress();
            default -> mutate(f.text());
        };
    }

    private Try row(Lab lab, Component c) {
        boolean inbound = random.nextBoolean();
        if (c instanceof RouteTable rt) {
            int index = random.nextInt(rt.routes().size() + 1);
            if (random.nextInt(4) == 0 && !rt.routes().isEmpty()) {
                return new Try(
                        "remove route " + index + " of " + c.id(),
                        RuleEdits.removeRoute(
                                lab, c.id(), Math.min(index, rt.routes().size() - 1)));
            }
            String dest = random.nextInt(3) > 0 ? randomBlock() : anyId(lab);
            ReferenceFields.Field routes =
                    ReferenceFields.find(ComponentKind.ROUTE_TABLE, "routes").orElseThrow();
            List<Component> targets =
                    lab.components().stream().filter(t -> routes.mayPointTo(t.kind())).toList();
            String target =
                    random.nextInt(5) == 0 || targets.isEmpty()
                            ? (random.nextBoolean() ? junk() : anyId(lab))
                            : targets.get(random.nextInt(targets.size())).id();
            return new Try(
                    "route " + index + " of " + c.id() + ": " + dest + " -> " + target,
                    RuleEdits.setRoute(lab, c.id(), index, dest, target));
        }
        if (c instanceof SecurityGroup g) {
            int size = (inbound ? g.inbound() : g.outbound()).size();
            int index = random.nextInt(size + 1);
            if (random.nextInt(4) == 0 && size > 0) {
                return new Try(
                        "remove sg rule of " + c.id(),
                        RuleEdits.removeSecurityGroupRule(lab, c.id(), inbound, size - 1));
            }
            String peer = random.nextBoolean() ? randomBlock() : anyId(lab);
            String[] protocols = {"tcp", "udp", "icmp", "all", "-1", "banana"};
            String protocol = protocols[random.nextInt(protocols.length)];
            String ports =
                    random.nextBoolean()
                            ? "443"
                            : random.nextInt(70000) + "-" + random.nextInt(70000);
            return new Try(
                    "sg rule "
                            + index
                            + " of "
                            + c.id()
                            + ": "
                            + protocol
                            + " "
                            + ports
                            + " "
                            + peer,
                    RuleEdits.setSecurityGroupRule(
                            lab, c.id(), inbound, index, protocol, ports, peer));
        }
        if (c instanceof NetworkAcl a) {
            int size = (inbound ? a.inbound() : a.outbound()).size();
            int index = random.nextInt(size + 1);
            if (random.nextInt(4) == 0 && size > 0) {
                return new Try(
                        "remove nacl rule of " + c.id(),
                        RuleEdits.removeNaclRule(lab, c.id(), inbound, size - 1));
            }
            String number = Integer.toString(random.nextInt(40000) - 100);
            String action = random.nextBoolean() ? "allow" : "deny";
            String cidr = random.nextBoolean() ? randomBlock() : anyId(lab);
            return new Try(
                    "nacl rule "
                            + index
                            + " of "
                            + c.id()
                            + ": "
                            + number
                            + " "
                            + action
                            + " "
                            + cidr,
                    RuleEdits.setNaclRule(
                            lab, c.id(), inbound, index, number, action, "tcp", "80", cidr));
        }
        return field(lab, c);
    }

    private String anyId(Lab lab) {
        List<Component> cs = lab.components();
        return cs.get(random.nextInt(cs.size())).id();
    }

    private String randomId(Lab lab, Component c) {
        return switch (random.nextInt(5)) {
            case 0 -> anyId(lab);
            case 1 -> junk();
            case 2 -> "x" + random.nextInt(1000);
            default -> Ids.prefix(c.kind()) + "-r" + random.nextInt(1000);
        };
    }

    private String randomBlock() {
        if (random.nextInt(4) == 0) {
            return "2600:1f18:1:23" + random.nextInt(10) + "0::/" + (56 + 8 * random.nextInt(2));
        }
        int len = 8 + random.nextInt(25);
        return "10." + random.nextInt(4) + "." + random.nextInt(4) + ".0/" + len;
    }

    private String randomAddress() {
        if (random.nextInt(4) == 0) {
            return "2600:1f18:1:2300::" + Integer.toHexString(random.nextInt(4096));
        }
        return "10." + random.nextInt(3) + "." + random.nextInt(3) + "." + random.nextInt(260);
    }

    private String junk() {
        String[] junk = {"fast", " ", "a b", "10.0.0.0/", "::::", "\u00e9", "-", "null", "~", "'"};
        return junk[random.nextInt(junk.length)];
    }

    private String mutate(String text) {
        if (text.isEmpty()) {
            return junk();
        }
        char[] chars = text.toCharArray();
        int i = random.nextInt(chars.length);
        chars[i] = Character.isDigit(chars[i]) ? (char) ('0' + random.nextInt(10)) : chars[i];
        return new String(chars);
    }
}
