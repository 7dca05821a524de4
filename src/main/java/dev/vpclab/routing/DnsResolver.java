package dev.vpclab.routing;

import dev.vpclab.catalog.AwsCatalog;
import dev.vpclab.catalog.ServiceEntry;
import dev.vpclab.model.AwsService;
import dev.vpclab.model.EndpointEni;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.OnPremisesResolver;
import dev.vpclab.model.PrivateHostedZone;
import dev.vpclab.model.ResolverEndpoint;
import dev.vpclab.model.ResolverRule;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.IpVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves a name as the client's resolver would: the Route 53 Resolver of its VPC (which answers
 * from the AWS-managed private hosted zones of the VPC's interface endpoints with private DNS,
 * R-IF-6, R-IF-9, R-IF-15), or a resolver outside AWS (public records only). Endpoint- specific
 * names are public records that return the endpoint's private addresses (R-IF-7).
 */
final class DnsResolver {
    private final LabIndex index;
    private final Route53Resolver route53;

    DnsResolver(LabIndex index, RuleCheck rules) {
        this.index = index;
        this.route53 = new Route53Resolver(index, rules);
    }

    /**
     * Where the client asks: its VPC (for a client in a VPC), the resolver it asks first, and its
     * Availability Zone (zonal affinity of the answer).
     */
    record Client(Optional<Vpc> vpc, DnsServer server, Optional<String> azId) {}

    DnsResolution resolve(String rawName, Client client, IpVersion version) {
        String name = DnsNames.normal(rawName);
        if (client.vpc().isPresent()) {
            return inVpc(rawName, name, client.vpc().get(), client, version);
        }
        if (client.server() instanceof DnsServer.OnPremises on && on.resolver().isPresent()) {
            Optional<OnPremisesResolver> r =
                    index.lab.component(on.resolver().get(), OnPremisesResolver.class);
            if (r.isPresent()) {
                return onPremises(rawName, name, r.get(), client, version);
            }
        }
        return publicAnswer(rawName, name, client, version);
    }

    /**
     * The Route 53 Resolver of a VPC: a Resolver rule for the name (the most specific), else the
     * private zones associated with the VPC (an endpoint's managed zone, then private hosted
     * zones), else public DNS. A forwarding rule applies unless a more specific private hosted zone
     * covers the name (R-R53-2, R-R53-3).
     */
    private DnsResolution inVpc(
            String rawName, String name, Vpc vpc, Client client, IpVersion version) {
        if (!vpc.enableDnsSupport()) {
            return DnsResolution.failed(
                    rawName, client.server(), Optional.empty(), DnsReason.DNS_SUPPORT_OFF);
        }
        Optional<ResolverRule> rule = route53.rule(vpc.id(), name);
        Optional<PrivateHostedZone> zone = route53.zone(vpc, name);
        if (rule.isPresent()
                && rule.get().ruleType() == ResolverRule.RuleType.FORWARD
                && zone.map(
                                z ->
                                        DnsNames.labels(z.name())
                                                <= DnsNames.labels(rule.get().domainName()))
                        .orElse(true)) {
            DnsResolution forwarded =
                    route53.forward(
                            rawName,
                            name,
                            vpc.id(),
                            rule.get(),
                            version,
                            server ->
                                    publicAnswer(
                                            rawName,
                                            name,
                                            new Client(Optional.empty(), server, Optional.empty()),
                                            version));
            return forwarded;
        }
        Optional<DnsResolution> managed = privateZoneAnswer(rawName, name, vpc, client, version);
        if (managed.isPresent()) {
            return withRule(managed.get(), rule);
        }
        if (zone.isPresent()) {
            PrivateHostedZone z = zone.get();
            List<IpAddress> alias =
                    z.records().stream()
                            .filter(r -> DnsNames.recordMatches(r.name(), name))
                            .min(Comparator.comparing(r -> r.name().startsWith("*.")))
                            .flatMap(route53::aliasTarget)
                            .map(e -> eniAddresses(e, client))
                            .orElse(List.of());
            return withRule(
                    route53.zoneAnswer(rawName, name, z, client.server(), version, alias), rule);
        }
        return withRule(publicAnswer(rawName, name, client, version), rule);
    }

    /** A system rule that kept the query in Resolver is part of the answer's story. */
    private static DnsResolution withRule(DnsResolution d, Optional<ResolverRule> rule) {
        return rule.map(r -> d.byRule(r.id())).orElse(d);
    }

    /**
     * A resolver on premises: a conditional forwarder for the name sends the query to a Resolver
     * inbound endpoint, whose VPC's Route 53 Resolver answers (R-R53-1); else its own zones; else
     * public DNS, which knows no private zone (R-IF-10).
     */
    private DnsResolution onPremises(
            String rawName, String name, OnPremisesResolver r, Client client, IpVersion version) {
        Optional<OnPremisesResolver.Forwarder> forwarder = route53.forwarder(r, name);
        if (forwarder.isPresent() && !forwarder.get().targets().isEmpty()) {
            for (IpAddress target : forwarder.get().targets()) {
                Optional<ResolverEndpoint> inbound = route53.inboundAt(target);
                if (inbound.isEmpty()) {
                    continue;
                }
                DnsServer server =
                        new DnsServer.InboundEndpoint(
                                inbound.get().id(), inbound.get().vpc(), r.id(), target);
                if (!route53.admitsDns(inbound.get(), r.ip(), target)) {
                    return DnsResolution.failed(
                            rawName, server, Optional.empty(), DnsReason.INBOUND_SG_REFUSES);
                }
                Optional<Vpc> vpc = index.vpc(inbound.get().vpc());
                if (vpc.isEmpty()) {
                    continue;
                }
                return inVpc(
                        rawName,
                        name,
                        vpc.get(),
                        new Client(vpc, server, Optional.empty()),
                        version);
            }
            return DnsResolution.failed(
                    rawName,
                    new DnsServer.OnPremises(
                            Optional.of(r.id()), Optional.of(forwarder.get().targets().get(0))),
                    Optional.empty(),
                    DnsReason.FORWARD_UNANSWERED);
        }
        return route53.ownAnswer(rawName, name, r, client.server(), version)
                .orElseGet(() -> publicAnswer(rawName, name, client, version));
    }

    /** The answer of public DNS: endpoint-specific names, then the services' public records. */
    private DnsResolution publicAnswer(
            String rawName, String name, Client client, IpVersion version) {
        for (InterfaceEndpoint e : index.interfaceEndpoints()) {
            Optional<String> base = endpointSpecificBase(e, name);
            if (base.isPresent()) {
                DnsZone zone =
                        new DnsZone(
                                DnsZone.Kind.ENDPOINT_SPECIFIC_NAME, e.id(), base.get(), List.of());
                return eniAnswer(
                        rawName, client, e, version, zone, DnsReason.ENDPOINT_SPECIFIC_NAME);
            }
        }
        for (AwsService s : index.services()) {
            for (AwsService.DnsRecord r : s.publicDnsRecords()) {
                if (nameMatches(r.name().toLowerCase(Locale.ROOT), name)) {
                    List<IpAddress> all = new ArrayList<>(r.a());
                    all.addAll(r.aaaa());
                    boolean hasFamily =
                            version == IpVersion.V4 ? !r.a().isEmpty() : !r.aaaa().isEmpty();
                    if (!hasFamily) {
                        return DnsResolution.failed(
                                rawName,
                                client.server(),
                                Optional.empty(),
                                version == IpVersion.V4
                                        ? DnsReason.NO_A_RECORD
                                        : DnsReason.NO_AAAA_RECORD);
                    }
                    List<DnsRecord> records = new ArrayList<>();
                    if (!r.a().isEmpty()) {
                        records.add(DnsRecord.address(r.name(), r.a()));
                    }
                    if (!r.aaaa().isEmpty()) {
                        records.add(DnsRecord.address(r.name(), r.aaaa()));
                    }
                    Optional<DnsZone> unused = Optional.empty();
                    DnsReason reason;
                    if (!r.a().isEmpty() && !r.aaaa().isEmpty()) {
                        reason = DnsReason.PUBLIC_DUAL_STACK;
                    } else if (client.vpc().isEmpty()) {
                        reason = DnsReason.PUBLIC;
                    } else {
                        unused = zoneOfAnotherVpc(client.vpc().get().id());
                        reason =
                                unused.isPresent()
                                        ? DnsReason.PUBLIC_OTHER_VPC_ZONE
                                        : DnsReason.PUBLIC_NO_PRIVATE_ZONE;
                    }
                    return new DnsResolution(
                            rawName,
                            true,
                            all,
                            DnsResolution.AnswerKind.PUBLIC_SERVICE_IP,
                            client.server(),
                            Optional.of(
                                    new DnsZone(DnsZone.Kind.PUBLIC, s.id(), r.name(), List.of())),
                            Optional.empty(),
                            records,
                            reason,
                            unused);
                }
            }
        }
        return DnsResolution.failed(rawName, client.server(), Optional.empty(), DnsReason.NXDOMAIN);
    }

    /** An interface endpoint's managed private zone that exists but serves another VPC (R-IF-9). */
    private Optional<DnsZone> zoneOfAnotherVpc(String vpc) {
        for (InterfaceEndpoint e : index.interfaceEndpoints()) {
            if (e.privateDns() && !e.vpc().equals(vpc)) {
                List<String> names = privateNames(e);
                return Optional.of(
                        managedZone(e, names.isEmpty() ? e.serviceName() : names.get(0)));
            }
        }
        return Optional.empty();
    }

    private DnsZone managedZone(InterfaceEndpoint e, String domain) {
        return new DnsZone(DnsZone.Kind.ENDPOINT_PRIVATE_DNS, e.id(), domain, List.of(e.vpc()));
    }

    private Optional<DnsResolution> privateZoneAnswer(
            String rawName, String name, Vpc vpc, Client client, IpVersion version) {
        for (InterfaceEndpoint e : index.interfaceEndpointsIn(vpc.id())) {
            if (!e.privateDns() || !vpc.enableDnsHostnames()) {
                continue; // R-IF-6: the private hosted zone needs both VPC DNS attributes
            }
            Optional<String> covering =
                    privateNames(e).stream().filter(p -> nameMatches(p, name)).findFirst();
            if (covering.isEmpty()) {
                continue;
            }
            DnsZone zone = managedZone(e, covering.get());
            if (e.privateDnsOnlyForInboundResolverEndpoint()
                    && !(client.server() instanceof DnsServer.InboundEndpoint)) {
                // R-IF-15: the zone answers only queries from the inbound Resolver endpoint.
                DnsResolution pub = publicAnswer(rawName, name, client, version);
                return Optional.of(
                        new DnsResolution(
                                rawName,
                                true,
                                publicAddresses(name),
                                DnsResolution.AnswerKind.PUBLIC_SERVICE_IP,
                                client.server(),
                                pub.zone(),
                                Optional.empty(),
                                pub.records(),
                                DnsReason.INBOUND_ONLY,
                                Optional.of(zone)));
            }
            return Optional.of(
                    eniAnswer(rawName, client, e, version, zone, DnsReason.ENDPOINT_PRIVATE_DNS));
        }
        return Optional.empty();
    }

    private List<IpAddress> publicAddresses(String name) {
        List<IpAddress> all = new ArrayList<>();
        index.services().stream()
                .flatMap(s -> s.publicDnsRecords().stream())
                .filter(r -> nameMatches(r.name().toLowerCase(Locale.ROOT), name))
                .findFirst()
                .ifPresent(
                        r -> {
                            all.addAll(r.a());
                            all.addAll(r.aaaa());
                        });
        return all;
    }

    /** The endpoint's network interface addresses, the client's own AZ first. */
    private List<IpAddress> eniAddresses(InterfaceEndpoint e, Client client) {
        List<EndpointEni> enis = new ArrayList<>(e.enis());
        // Zonal affinity: the client's own AZ first, as the client would pick it.
        enis.sort(
                Comparator.comparing(
                        (EndpointEni eni) ->
                                client.azId().map(az -> !az.equals(eni.azId())).orElse(false)));
        return enis.stream().map(EndpointEni::ip).toList();
    }

    private DnsResolution eniAnswer(
            String rawName,
            Client client,
            InterfaceEndpoint e,
            IpVersion version,
            DnsZone zone,
            DnsReason reason) {
        if (version == IpVersion.V6) {
            return DnsResolution.failed(
                    rawName, client.server(), Optional.empty(), DnsReason.NO_AAAA_RECORD);
        }
        List<IpAddress> addresses = eniAddresses(e, client);
        return new DnsResolution(
                rawName,
                true,
                addresses,
                DnsResolution.AnswerKind.ENDPOINT_ENI_PRIVATE_IP,
                client.server(),
                Optional.of(zone),
                Optional.empty(),
                List.of(DnsRecord.address(rawName, addresses)),
                reason,
                Optional.empty());
    }

    /** The names the endpoint's private hosted zone answers for (R-IF-6). */
    List<String> privateNames(InterfaceEndpoint e) {
        if (!e.privateDnsNames().isEmpty()) {
            return e.privateDnsNames().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        }
        // The catalogue knows the default names of services whose names do not follow the
        // service name (ecr.api answers api.ecr.<region>.amazonaws.com, ecr.dkr *.dkr.ecr...).
        List<String> known =
                AwsCatalog.standard()
                        .serviceByName(e.serviceName())
                        .map(ServiceEntry::privateDnsNames)
                        .orElse(List.of());
        if (!known.isEmpty()) {
            return known.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        }
        // com.amazonaws.<region>.<service> -> <service>.<region>.amazonaws.com and subdomains.
        String[] parts = e.serviceName().split("\\.");
        if (parts.length >= 4
                && parts[0].equals("com")
                && parts[1].equals("amazonaws")
                && !parts[2].equals("vpce")) {
            String region = parts[2];
            String service = String.join(".", List.of(parts).subList(3, parts.length));
            String base = service + "." + region + ".amazonaws.com";
            return List.of(base, "*." + base);
        }
        return List.of();
    }

    /** The endpoint-specific name (R-IF-7) the name falls under, if any. */
    private static Optional<String> endpointSpecificBase(InterfaceEndpoint e, String name) {
        List<String> names = new ArrayList<>(e.zonalDnsNames());
        e.regionalDnsName().ifPresent(names::add);
        for (String raw : names) {
            String n = raw.toLowerCase(Locale.ROOT);
            String base = n.startsWith("*.") ? n.substring(2) : n;
            // S3 style: bucket.vpce-...s3.<region>.vpce.amazonaws.com is under the regional name.
            if (name.equals(base) || name.endsWith("." + base)) {
                return Optional.of(base);
            }
        }
        return Optional.empty();
    }

    /** Exact match, or {@code *.suffix} matching one or more labels before the suffix. */
    static boolean nameMatches(String pattern, String name) {
        if (pattern.startsWith("*.")) {
            return name.endsWith(pattern.substring(1));
        }
        return pattern.equals(name);
    }
}
