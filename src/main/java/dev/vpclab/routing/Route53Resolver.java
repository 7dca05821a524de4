package dev.vpclab.routing;

import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.OnPremisesResolver;
import dev.vpclab.model.PrivateHostedZone;
import dev.vpclab.model.ResolverEndpoint;
import dev.vpclab.model.ResolverRule;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.IpVersion;
import dev.vpclab.net.Protocol;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The parts of Route 53 Resolver a lab configures: private hosted zones associated with VPCs,
 * Resolver rules associated with VPCs (forwarding through an outbound endpoint), inbound endpoints
 * that resolvers on other networks forward to, and the resolvers on premises (docs/lab-format.md,
 * R-R53-1 to R-R53-6).
 */
final class Route53Resolver {
    /** DNS queries go to port 53 (UDP first); the endpoint's groups must admit it (R-R53-1). */
    private static final int DNS_PORT = 53;

    private final LabIndex index;
    private final RuleCheck rules;

    Route53Resolver(LabIndex index, RuleCheck rules) {
        this.index = index;
        this.rules = rules;
    }

    /**
     * The Resolver rule associated with the VPC whose domain covers the name, the most specific one
     * (R-R53-2).
     */
    Optional<ResolverRule> rule(String vpc, String name) {
        return index.lab
                .all(ResolverRule.class)
                .filter(r -> r.vpcs().contains(vpc) && DnsNames.covers(r.domainName(), name))
                .max(Comparator.comparingInt(r -> DnsNames.labels(r.domainName())));
    }

    /**
     * The private hosted zone associated with the VPC that covers the name, the most specific one;
     * none when the VPC lacks either DNS attribute, as private hosted zones need both (R-R53-3).
     */
    Optional<PrivateHostedZone> zone(Vpc vpc, String name) {
        if (!vpc.enableDnsSupport() || !vpc.enableDnsHostnames()) {
            return Optional.empty();
        }
        return index.lab
                .all(PrivateHostedZone.class)
                .filter(z -> z.vpcs().contains(vpc.id()) && DnsNames.covers(z.name(), name))
                .max(Comparator.comparingInt(z -> DnsNames.labels(z.name())));
    }

    /** A private hosted zone's answer: its record for the name, or NXDOMAIN (R-R53-3). */
    DnsResolution zoneAnswer(
            String rawName,
            String name,
            PrivateHostedZone zone,
            DnsServer server,
            IpVersion version,
            List<IpAddress> aliasAddresses) {
        DnsZone typed =
                new DnsZone(DnsZone.Kind.PRIVATE_HOSTED_ZONE, zone.id(), zone.name(), zone.vpcs());
        Optional<PrivateHostedZone.Record> record =
                zone.records().stream()
                        .filter(r -> DnsNames.recordMatches(r.name(), name))
                        // An exact name beats a wildcard.
                        .min(Comparator.comparing(r -> r.name().startsWith("*.")));
        if (record.isEmpty()) {
            return failedIn(rawName, server, typed, DnsReason.HOSTED_ZONE_NO_RECORD);
        }
        PrivateHostedZone.Record r = record.get();
        if (version == IpVersion.V6) {
            return failedIn(rawName, server, typed, DnsReason.NO_AAAA_RECORD);
        }
        List<IpAddress> values = r.aliasTarget().isPresent() ? aliasAddresses : r.values();
        boolean eni = values.stream().anyMatch(this::isEndpointEni);
        DnsRecord answer =
                new DnsRecord(
                        r.name(),
                        r.aliasTarget().isPresent() ? DnsRecord.Type.ALIAS : DnsRecord.Type.A,
                        values,
                        r.aliasTarget());
        return new DnsResolution(
                rawName,
                !values.isEmpty(),
                values,
                values.isEmpty()
                        ? DnsResolution.AnswerKind.NONE
                        : eni
                                ? DnsResolution.AnswerKind.ENDPOINT_ENI_PRIVATE_IP
                                : DnsResolution.AnswerKind.OTHER,
                server,
                Optional.of(typed),
                Optional.empty(),
                List.of(answer),
                values.isEmpty() ? DnsReason.HOSTED_ZONE_NO_RECORD : DnsReason.HOSTED_ZONE_RECORD,
                Optional.empty());
    }

    private boolean isEndpointEni(IpAddress a) {
        return index.interfaceEndpoints().stream()
                .anyMatch(e -> e.enis().stream().anyMatch(eni -> eni.ip().equals(a)));
    }

    /** The interface endpoint an alias record points at. */
    Optional<InterfaceEndpoint> aliasTarget(PrivateHostedZone.Record r) {
        return r.aliasTarget().flatMap(id -> index.lab.component(id, InterfaceEndpoint.class));
    }

    /**
     * A forward rule: the query leaves through the rule's outbound endpoint to the first target
     * address where a resolver of the lab listens, which answers from its own zones or public DNS
     * (R-R53-2).
     */
    DnsResolution forward(
            String rawName,
            String name,
            String vpc,
            ResolverRule rule,
            IpVersion version,
            Function<DnsServer, DnsResolution> publicDns) {
        Optional<ResolverEndpoint> outbound =
                rule.resolverEndpoint()
                        .flatMap(id -> index.lab.component(id, ResolverEndpoint.class))
                        .filter(e -> e.direction() == ResolverEndpoint.Direction.OUTBOUND);
        if (outbound.isEmpty() || rule.targetIps().isEmpty()) {
            return DnsResolution.failed(
                    rawName,
                    new DnsServer.VpcResolver(vpc),
                    Optional.of(rule.id()),
                    DnsReason.FORWARD_NO_OUTBOUND);
        }
        for (IpAddress target : rule.targetIps()) {
            Optional<OnPremisesResolver> there = resolverAt(target);
            if (there.isPresent()) {
                DnsServer server =
                        new DnsServer.OutboundForward(
                                vpc,
                                rule.id(),
                                outbound.get().id(),
                                target,
                                Optional.of(there.get().id()));
                return ownAnswer(rawName, name, there.get(), server, version)
                        .orElseGet(() -> publicDns.apply(server))
                        .byRule(rule.id());
            }
        }
        return DnsResolution.failed(
                rawName,
                new DnsServer.OutboundForward(
                        vpc,
                        rule.id(),
                        outbound.get().id(),
                        rule.targetIps().get(0),
                        Optional.empty()),
                Optional.of(rule.id()),
                DnsReason.FORWARD_UNANSWERED);
    }

    /** The resolver of the lab that listens at the address. */
    Optional<OnPremisesResolver> resolverAt(IpAddress ip) {
        return index.lab.all(OnPremisesResolver.class).filter(r -> r.ip().equals(ip)).findFirst();
    }

    /** The most specific conditional forwarder of the resolver that covers the name. */
    Optional<OnPremisesResolver.Forwarder> forwarder(OnPremisesResolver r, String name) {
        return r.forwarders().stream()
                .filter(w -> DnsNames.covers(w.domain(), name))
                .max(Comparator.comparingInt(w -> DnsNames.labels(w.domain())));
    }

    /** The inbound endpoint that listens at the address. */
    Optional<ResolverEndpoint> inboundAt(IpAddress ip) {
        return index.lab
                .all(ResolverEndpoint.class)
                .filter(e -> e.direction() == ResolverEndpoint.Direction.INBOUND)
                .filter(e -> e.ipAddresses().stream().anyMatch(a -> a.ip().equals(ip)))
                .findFirst();
    }

    /** Whether the endpoint's security groups admit a DNS query from the address (R-R53-1). */
    boolean admitsDns(ResolverEndpoint endpoint, IpAddress from, IpAddress to) {
        Packet query = new Packet(from, to, Protocol.UDP, DNS_PORT, DNS_PORT, null);
        return rules.ingress(endpoint.securityGroups(), query).decision().allowed();
    }

    /**
     * The answer of a resolver's own zones, or empty when none of its records holds the name (it
     * then resolves recursively from public DNS).
     */
    Optional<DnsResolution> ownAnswer(
            String rawName,
            String name,
            OnPremisesResolver r,
            DnsServer server,
            IpVersion version) {
        for (OnPremisesResolver.Record rec : r.records()) {
            if (DnsNames.recordMatches(rec.name(), name)) {
                DnsZone zone = new DnsZone(DnsZone.Kind.ON_PREMISES, r.id(), rec.name(), List.of());
                if (version == IpVersion.V6 || rec.a().isEmpty()) {
                    return Optional.of(failedIn(rawName, server, zone, DnsReason.NO_AAAA_RECORD));
                }
                return Optional.of(
                        new DnsResolution(
                                rawName,
                                true,
                                rec.a(),
                                DnsResolution.AnswerKind.OTHER,
                                server,
                                Optional.of(zone),
                                Optional.empty(),
                                List.of(DnsRecord.address(rec.name(), rec.a())),
                                DnsReason.ON_PREMISES_RECORD,
                                Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private static DnsResolution failedIn(
            String rawName, DnsServer server, DnsZone zone, DnsReason reason) {
        return new DnsResolution(
                rawName,
                false,
                List.of(),
                DnsResolution.AnswerKind.NONE,
                server,
                Optional.of(zone),
                Optional.empty(),
                List.of(),
                reason,
                Optional.empty());
    }
}
