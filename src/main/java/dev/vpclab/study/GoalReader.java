package dev.vpclab.study;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Flow;
import dev.vpclab.net.IpVersion;
import dev.vpclab.net.Protocol;
import dev.vpclab.routing.ReasonCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the {@code goals} list of a challenge: each item a one-key map naming the kind of
 * condition. A flow is written inline ({@code from}, {@code to}, {@code protocol}, {@code port},
 * ...) or, in {@code avoids}, {@code crosses}, {@code sameZone} and {@code maxMonthlyCost}, as the
 * index (from 0) of an earlier {@code reachable} or {@code blocked} goal whose flow it reuses.
 */
final class GoalReader {
    static final List<String> KINDS =
            List.of(
                    "reachable",
                    "blocked",
                    "avoids",
                    "crosses",
                    "sameZone",
                    "maxMonthlyCost",
                    "forbidsKinds",
                    "noErrors");

    private static final Set<String> FLOW_FIELDS =
            Set.of(
                    "name",
                    "from",
                    "to",
                    "protocol",
                    "port",
                    "ipVersion",
                    "sourcePort",
                    "icmpType",
                    "request",
                    "via");

    private final List<Message> errors;
    private final List<GoalCondition> read = new ArrayList<>();

    GoalReader(List<Message> errors) {
        this.errors = errors;
    }

    /** The conditions; those with errors are left out (and the errors recorded). */
    List<GoalCondition> read(String path, List<?> items) {
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            Object item = items.get(i);
            if (!(item instanceof Map<?, ?> m) || m.size() != 1) {
                errors.add(Message.of("study.read.goalShape", at, String.join(", ", KINDS)));
                read.add(null); // keeps indexes aligned for later flow references
                continue;
            }
            Map.Entry<?, ?> e = m.entrySet().iterator().next();
            String key = String.valueOf(e.getKey());
            read.add(condition(at + "." + key, key, e.getValue()).orElse(null));
        }
        return read.stream().filter(java.util.Objects::nonNull).toList();
    }

    private Optional<GoalCondition> condition(String at, String key, Object value) {
        switch (key) {
            case "reachable":
                return flow(at, value).map(GoalCondition.Reachable::new);
            case "blocked":
                return blocked(at, value);
            case "avoids":
            case "crosses":
                return pathCondition(at, key, value);
            case "sameZone":
                return sameZone(at, value);
            case "maxMonthlyCost":
                return cost(at, value);
            case "forbidsKinds":
                if (!(value instanceof List<?> l)) {
                    errors.add(Message.of("study.read.notList", at));
                    return Optional.empty();
                }
                return kinds(at, l).map(GoalCondition.ForbidsKinds::new);
            case "noErrors":
                if (!Boolean.TRUE.equals(value)) {
                    errors.add(Message.of("study.read.notTrue", at));
                    return Optional.empty();
                }
                return Optional.of(new GoalCondition.NoErrors());
            default:
                errors.add(Message.of("study.read.unknownGoal", at, key, String.join(", ", KINDS)));
                return Optional.empty();
        }
    }

    private Optional<GoalCondition> blocked(String at, Object value) {
        Optional<PlainFields> f = PlainFields.of(at, value, errors);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Optional<ReasonCode> reason = Optional.empty();
        Optional<String> text = f.get().optText("reason");
        if (text.isPresent()) {
            reason =
                    Arrays.stream(ReasonCode.values())
                            .filter(r -> r.name().equals(text.get()))
                            .findFirst();
            if (reason.isEmpty()) {
                errors.add(
                        Message.of("study.read.unknownReason", f.get().at("reason"), text.get()));
                return Optional.empty();
            }
        }
        Optional<ReasonCode> r = reason;
        return inlineFlow(f.get(), Set.of("reason")).map(fl -> new GoalCondition.Blocked(fl, r));
    }

    private Optional<GoalCondition> pathCondition(String at, String key, Object value) {
        Optional<PlainFields> f = PlainFields.of(at, value, errors);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        f.get().onlyKeys(Set.of("flow", "kinds"));
        Optional<Flow> flow = flowRef(f.get());
        Optional<List<ComponentKind>> kinds =
                f.get().list("kinds").flatMap(l -> kinds(f.get().at("kinds"), l));
        if (flow.isEmpty() || kinds.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                key.equals("avoids")
                        ? new GoalCondition.Avoids(flow.get(), kinds.get())
                        : new GoalCondition.Crosses(flow.get(), kinds.get()));
    }

    private Optional<GoalCondition> sameZone(String at, Object value) {
        Optional<PlainFields> f = PlainFields.of(at, value, errors);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        f.get().onlyKeys(Set.of("flow"));
        return flowRef(f.get()).map(GoalCondition.SameZone::new);
    }

    private Optional<GoalCondition> cost(String at, Object value) {
        Optional<PlainFields> f = PlainFields.of(at, value, errors);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        f.get().onlyKeys(Set.of("flow", "gbPerMonth", "usd"));
        Optional<Flow> flow = flowRef(f.get());
        Optional<BigDecimal> gb = f.get().decimal("gbPerMonth");
        Optional<BigDecimal> usd = f.get().decimal("usd");
        if (flow.isEmpty() || gb.isEmpty() || usd.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GoalCondition.MaxMonthlyCost(flow.get(), gb.get(), usd.get()));
    }

    /** {@code flow}: an index of an earlier reachable or blocked goal, or an inline flow. */
    private Optional<Flow> flowRef(PlainFields f) {
        Optional<Object> raw = f.raw("flow");
        if (raw.isEmpty()) {
            errors.add(Message.of("study.read.missing", f.at("flow")));
            return Optional.empty();
        }
        if (raw.get() instanceof Integer index) {
            GoalCondition earlier = index >= 0 && index < read.size() ? read.get(index) : null;
            if (earlier instanceof GoalCondition.Reachable r) {
                return Optional.of(r.flow());
            }
            if (earlier instanceof GoalCondition.Blocked b) {
                return Optional.of(b.flow());
            }
            errors.add(Message.of("study.read.flowIndex", f.at("flow"), index));
            return Optional.empty();
        }
        return flow(f.at("flow"), raw.get());
    }

    private Optional<Flow> flow(String at, Object value) {
        return PlainFields.of(at, value, errors).flatMap(f -> inlineFlow(f, Set.of()));
    }

    /** The flow written in this map, which may also hold the condition's own {@code extra} keys. */
    private Optional<Flow> inlineFlow(PlainFields f, Set<String> extra) {
        Set<String> allowed = new java.util.HashSet<>(FLOW_FIELDS);
        allowed.addAll(extra);
        f.onlyKeys(allowed);
        int before = errors.size();
        Optional<String> name = f.optText("name");
        Optional<String> from = f.text("from");
        Optional<String> to = f.text("to");
        Optional<String> protocolText = f.text("protocol");
        Optional<Protocol> protocol = Optional.empty();
        if (protocolText.isPresent()) {
            String p = protocolText.get().trim().toLowerCase(java.util.Locale.ROOT);
            if (p.equals("tcp") || p.equals("udp") || p.equals("icmp")) {
                protocol = Optional.of(Protocol.parse(p));
            } else {
                errors.add(
                        Message.of("study.read.badProtocol", f.at("protocol"), protocolText.get()));
            }
        }
        Optional<Integer> port = f.optInteger("port", 0, 65535);
        if (protocol.isPresent() && protocol.get().hasPorts() && !f.has("port")) {
            errors.add(Message.of("study.read.missing", f.at("port")));
        }
        Optional<Integer> version = f.optInteger("ipVersion", 4, 6);
        if (version.isPresent() && version.get() == 5) {
            errors.add(Message.of("study.read.notInteger", f.at("ipVersion"), 4, 6));
        }
        Optional<Integer> sourcePort = f.optInteger("sourcePort", 0, 65535);
        Optional<String> icmpType = f.optText("icmpType");
        Optional<String> via = f.optText("via");
        Optional<Flow.Request> request = Optional.empty();
        if (f.has("request")) {
            Optional<PlainFields> r = f.object("request");
            if (r.isPresent()) {
                r.get().onlyKeys(Set.of("action", "resource"));
                Optional<String> action = r.get().text("action");
                Optional<String> resource = r.get().text("resource");
                if (action.isPresent() && resource.isPresent()) {
                    request = Optional.of(new Flow.Request(action.get(), resource.get()));
                }
            }
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(
                new Flow(
                        name,
                        from.orElseThrow(),
                        to.orElseThrow(),
                        protocol.orElseThrow(),
                        port,
                        IpVersion.of(version.orElse(4)),
                        sourcePort,
                        icmpType,
                        request,
                        via));
    }

    private Optional<List<ComponentKind>> kinds(String at, List<?> names) {
        List<ComponentKind> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = String.valueOf(names.get(i));
            Optional<ComponentKind> kind = ComponentKind.fromFileName(name);
            if (kind.isEmpty()) {
                errors.add(
                        Message.of(
                                "study.read.unknownKind",
                                at + "[" + i + "]",
                                name,
                                Arrays.stream(ComponentKind.values())
                                        .map(ComponentKind::fileName)
                                        .collect(Collectors.joining(", "))));
                return Optional.empty();
            }
            out.add(kind.get());
        }
        if (out.isEmpty()) {
            errors.add(Message.of("study.read.emptyList", at));
            return Optional.empty();
        }
        return Optional.of(out);
    }
}
