package dev.vpclab.format;

import dev.vpclab.model.OnPremisesResolver;
import dev.vpclab.model.PrivateHostedZone;
import dev.vpclab.model.ResolverEndpoint;
import dev.vpclab.model.ResolverRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Writers of the DNS kinds, in the field order of docs/lab-format.md (see {@link DnsReaders}). */
final class DnsWriters {
    private DnsWriters() {}

    static void resolverEndpoint(ResolverEndpoint e, Map<String, Object> m) {
        m.put("vpc", e.vpc());
        m.put("direction", e.direction().wireName());
        m.put(
                "ipAddresses",
                each(
                        e.ipAddresses(),
                        a -> {
                            Map<String, Object> out = new LinkedHashMap<>();
                            out.put("subnet", a.subnet());
                            out.put("ip", a.ip().toString());
                            return out;
                        }));
        m.put("securityGroups", e.securityGroups());
    }

    static void resolverRule(ResolverRule r, Map<String, Object> m) {
        m.put("domainName", r.domainName());
        m.put("ruleType", r.ruleType().wireName());
        r.resolverEndpoint().ifPresent(e -> m.put("resolverEndpoint", e));
        if (!r.targetIps().isEmpty()) {
            m.put("targetIps", each(r.targetIps(), Object::toString));
        }
        m.put("vpcs", r.vpcs());
    }

    static void privateHostedZone(PrivateHostedZone z, Map<String, Object> m) {
        m.put("name", z.name());
        m.put("vpcs", z.vpcs());
        m.put(
                "records",
                each(
                        z.records(),
                        r -> {
                            Map<String, Object> out = new LinkedHashMap<>();
                            out.put("name", r.name());
                            if (!r.values().isEmpty()) {
                                out.put("a", each(r.values(), Object::toString));
                            }
                            r.aliasTarget().ifPresent(t -> out.put("aliasTarget", t));
                            return out;
                        }));
    }

    static void onPremisesResolver(OnPremisesResolver r, Map<String, Object> m) {
        m.put("network", r.network());
        m.put("ip", r.ip().toString());
        m.put(
                "forwarders",
                each(
                        r.forwarders(),
                        w -> {
                            Map<String, Object> out = new LinkedHashMap<>();
                            out.put("domain", w.domain());
                            out.put("targets", each(w.targets(), Object::toString));
                            return out;
                        }));
        m.put(
                "records",
                each(
                        r.records(),
                        rec -> {
                            Map<String, Object> out = new LinkedHashMap<>();
                            out.put("name", rec.name());
                            out.put("a", each(rec.a(), Object::toString));
                            return out;
                        }));
    }

    private static <T> List<Object> each(List<T> items, Function<T, Object> f) {
        List<Object> out = new ArrayList<>(items.size());
        items.forEach(i -> out.add(f.apply(i)));
        return out;
    }
}
