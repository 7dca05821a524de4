package dev.vpclab.format;

import dev.vpclab.model.FieldChoices;
import dev.vpclab.model.OnPremisesResolver;
import dev.vpclab.model.PrivateHostedZone;
import dev.vpclab.model.ResolverEndpoint;
import dev.vpclab.model.ResolverRule;
import java.util.Optional;

/**
 * Readers of the DNS kinds: Route 53 Resolver endpoints and rules, private hosted zones and
 * on-premises resolvers (docs/lab-format.md, section "DNS").
 */
final class DnsReaders {
    private DnsReaders() {}

    static ResolverEndpoint resolverEndpoint(Fields f) {
        String direction = f.choice("direction", null, FieldChoices.RESOLVER_ENDPOINT_DIRECTION);
        return new ResolverEndpoint(
                f.component(),
                f.text("vpc"),
                "outbound".equals(direction)
                        ? ResolverEndpoint.Direction.OUTBOUND
                        : ResolverEndpoint.Direction.INBOUND,
                f.objects(
                        "ipAddresses",
                        a ->
                                Optional.of(
                                        new ResolverEndpoint.Address(
                                                a.text("subnet"), a.ip("ip")))),
                f.texts("securityGroups"));
    }

    static ResolverRule resolverRule(Fields f) {
        // FORWARD is what a user creates; SYSTEM overrides a forward rule for a subdomain.
        String type = f.choice("ruleType", "forward", FieldChoices.RESOLVER_RULE_TYPE);
        return new ResolverRule(
                f.component(),
                f.text("domainName"),
                "system".equals(type)
                        ? ResolverRule.RuleType.SYSTEM
                        : ResolverRule.RuleType.FORWARD,
                f.optText("resolverEndpoint"),
                f.list("targetIps", f::ip),
                f.texts("vpcs"));
    }

    static PrivateHostedZone privateHostedZone(Fields f) {
        return new PrivateHostedZone(
                f.component(),
                f.text("name"),
                f.texts("vpcs"),
                f.objects(
                        "records",
                        r ->
                                Optional.of(
                                        new PrivateHostedZone.Record(
                                                r.text("name"),
                                                r.list("a", r::ip),
                                                r.optText("aliasTarget")))));
    }

    static OnPremisesResolver onPremisesResolver(Fields f) {
        return new OnPremisesResolver(
                f.component(),
                f.text("network"),
                f.ip("ip"),
                f.objects(
                        "forwarders",
                        w ->
                                Optional.of(
                                        new OnPremisesResolver.Forwarder(
                                                w.text("domain"), w.list("targets", w::ip)))),
                f.objects(
                        "records",
                        r ->
                                Optional.of(
                                        new OnPremisesResolver.Record(
                                                r.text("name"), r.list("a", r::ip)))));
    }
}
