package dev.vpclab.routing;

import dev.vpclab.catalog.AwsCatalog;
import dev.vpclab.catalog.ServiceEntry;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.AwsService;
import dev.vpclab.model.EndpointEni;
import dev.vpclab.model.InterfaceEndpoint;
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

    DnsResolver(LabIndex index) {
        this.index = index;
    }

    /** Where the client asks. */
    record Client(Optional<Vpc> vpc, String resolverName, Optional<String> azId) {}

    DnsResolution resolve(String rawName, Client client, IpVersion version) {
        String name = rawName.toLowerCase(Locale.ROOT);
        if (client.vpc().isPresent() && !client.vpc().get().enableDnsSupport()) {
            return failed(
                    rawName, client, Message.of("dns.via.dnsSupportOff", client.vpc().get().id()));
        }
        Optional<DnsResolution> answer =
                client.vpc().flatMap(vpc -> privateZoneAnswer(rawName, name, vpc, client, version));
        if (answer.isPresent()) {
            return answer.get();
        }
        for (InterfaceEndpoint e : index.interfaceEndpoints()) {
            if (matchesEndpointSpecificName(e, name)) {
                return eniAnswer(rawName, client, e, version, Message.of("dns.via.endpointName"));
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
                        return failed(
                                rawName,
                                client,
                                Message.of(
                                        "dns.via.noRecordOfFamily",
                                        version == IpVersion.V4 ? "A" : "AAAA"));
                    }
                    Message via =
                            !r.a().isEmpty() && !r.aaaa().isEmpty()
                                    ? Message.of("dns.via.publicDualStack")
                                    : publicVia(client);
                    return new DnsResolution(
                            rawName,
                            client.resolverName(),
                            true,
                            all,
                            DnsResolution.AnswerKind.PUBLIC_SERVICE_IP,
                            via,
                            client.vpc().map(Vpc::id));
                }
            }
        }
        return failed(rawName, client, Message.of("dns.via.nxdomain"));
    }

    private Message publicVia(Client client) {
        if (client.vpc().isEmpty()) {
            return Message.of("dns.via.public");
        }
        String vpc = client.vpc().get().id();
        for (InterfaceEndpoint e : index.interfaceEndpoints()) {
            if (e.privateDns() && !e.vpc().equals(vpc)) {
                return Message.of("dns.via.publicOtherVpcZone", e.id(), e.vpc());
            }
        }
        return Message.of("dns.via.publicNoPrivateZone", vpc);
    }

    private Optional<DnsResolution> privateZoneAnswer(
            String rawName, String name, Vpc vpc, Client client, IpVersion version) {
        for (InterfaceEndpoint e : index.interfaceEndpointsIn(vpc.id())) {
            if (!e.privateDns() || !vpc.enableDnsHostnames()) {
                continue; // R-IF-6: the private hosted zone needs both VPC DNS attributes
            }
            boolean covered = privateNames(e).stream().anyMatch(p -> nameMatches(p, name));
            if (!covered) {
                continue;
            }
            if (e.privateDnsOnlyForInboundResolverEndpoint()) {
                // R-IF-15: the zone answers only queries from the inbound Resolver endpoint.
                return Optional.of(
                        new DnsResolution(
                                rawName,
                                client.resolverName(),
                                true,
                                publicAddresses(name),
                                DnsResolution.AnswerKind.PUBLIC_SERVICE_IP,
                                Message.of("dns.via.inboundOnly"),
                                client.vpc().map(Vpc::id)));
            }
            return Optional.of(
                    eniAnswer(
                            rawName,
                            client,
                            e,
                            version,
                            Message.of("dns.via.privateZone", e.id())));
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

    private DnsResolution eniAnswer(
            String rawName, Client client, InterfaceEndpoint e, IpVersion version, Message via) {
        if (version == IpVersion.V6) {
            return failed(rawName, client, Message.of("dns.via.noRecordOfFamily", "AAAA"));
        }
        List<EndpointEni> enis = new ArrayList<>(e.enis());
        // Zonal affinity: the client's own AZ first, as the client would pick it.
        enis.sort(
                Comparator.comparing(
                        (EndpointEni eni) ->
                                client.azId().map(az -> !az.equals(eni.azId())).orElse(false)));
        return new DnsResolution(
                rawName,
                client.resolverName(),
                true,
                enis.stream().map(EndpointEni::ip).toList(),
                DnsResolution.AnswerKind.ENDPOINT_ENI_PRIVATE_IP,
                via,
                client.vpc().map(Vpc::id));
    }

    private static DnsResolution failed(String rawName, Client client, Message via) {
        return new DnsResolution(
                rawName,
                client.resolverName(),
                false,
                List.of(),
                DnsResolution.AnswerKind.NONE,
                via,
                client.vpc().map(Vpc::id));
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

    private static boolean matchesEndpointSpecificName(InterfaceEndpoint e, String name) {
        List<String> names = new ArrayList<>(e.zonalDnsNames());
        e.regionalDnsName().ifPresent(names::add);
        for (String raw : names) {
            String n = raw.toLowerCase(Locale.ROOT);
            String base = n.startsWith("*.") ? n.substring(2) : n;
            // S3 style: bucket.vpce-...s3.<region>.vpce.amazonaws.com is under the regional name.
            if (name.equals(base) || name.endsWith("." + base)) {
                return true;
            }
        }
        return false;
    }

    /** Exact match, or {@code *.suffix} matching one or more labels before the suffix. */
    static boolean nameMatches(String pattern, String name) {
        if (pattern.startsWith("*.")) {
            return name.endsWith(pattern.substring(1));
        }
        return pattern.equals(name);
    }
}
