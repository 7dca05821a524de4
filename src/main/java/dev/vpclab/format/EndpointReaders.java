package dev.vpclab.format;

import dev.vpclab.check.ProblemCodes;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.AwsService;
import dev.vpclab.model.EndpointEni;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.FieldChoices;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.GatewayLoadBalancer;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.InstanceConnectEndpoint;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.ManagedPrefixList;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.Policy;
import dev.vpclab.net.IpVersion;
import java.util.List;
import java.util.Optional;

/**
 * Reads VPC endpoints and what they lead to: managed prefix lists, gateway and interface endpoints,
 * endpoint services, Network Load Balancers, Gateway Load Balancers and their endpoints, and AWS
 * services with their buckets or tables.
 */
final class EndpointReaders {
    private EndpointReaders() {}

    static ManagedPrefixList managedPrefixList(Fields f) {
        String family = f.choice("addressFamily", null, FieldChoices.PREFIX_LIST_ADDRESS_FAMILY);
        return new ManagedPrefixList(
                f.component(),
                f.text("name"),
                f.text("region"),
                family.equals("IPv4") ? IpVersion.V4 : IpVersion.V6,
                f.list("cidrs", f::cidr));
    }

    static GatewayEndpoint gatewayEndpoint(Fields f) {
        return new GatewayEndpoint(
                f.component(),
                f.text("vpc"),
                f.choice("service", null, FieldChoices.GATEWAY_ENDPOINT_SERVICE),
                f.text("region"),
                f.text("serviceName"),
                f.texts("routeTables"),
                f.text("prefixList"),
                endpointPolicy(f),
                f.choice("ipAddressType", "ipv4", FieldChoices.IP_ADDRESS_TYPE),
                f.choice("dnsRecordIpType", "service-defined", FieldChoices.DNS_RECORD_IP_TYPE));
    }

    /** An endpoint without a policy has the default full-access policy (R-GW-7, R-IF-8). */
    private static Policy endpointPolicy(Fields f) {
        return PolicyReader.read(f, "policy").orElse(new Policy.DefaultFullAccess());
    }

    static InterfaceEndpoint interfaceEndpoint(Fields f) {
        Optional<String> regional = Optional.empty();
        List<String> zonal = List.of();
        Optional<DnsNames> names = f.object("dnsNames", EndpointReaders::dnsNames);
        if (names.isPresent()) {
            regional = names.get().regional();
            zonal = names.get().zonal();
        }
        return new InterfaceEndpoint(
                f.component(),
                f.text("vpc"),
                f.text("service"),
                f.text("serviceName"),
                f.texts("subnets"),
                f.objects("enis", EndpointReaders::eni),
                f.texts("securityGroups"),
                f.bool("privateDns"),
                f.bool("privateDnsOnlyForInboundResolverEndpoint", false),
                f.text("state", InterfaceEndpoint.AVAILABLE),
                regional,
                zonal,
                f.texts("privateDnsNames"),
                endpointPolicy(f));
    }

    private record DnsNames(Optional<String> regional, List<String> zonal) {}

    private static Optional<DnsNames> dnsNames(Fields f) {
        return Optional.of(new DnsNames(f.optText("regional"), PolicyReader.oneOrMany(f, "zonal")));
    }

    private static Optional<EndpointEni> eni(Fields f) {
        String id = f.text("id");
        f.claimId(id);
        return Optional.of(
                new EndpointEni(id, f.text("subnet"), f.text("az"), f.text("azId"), f.ip("ip")));
    }

    static EndpointService endpointService(Fields f) {
        return new EndpointService(
                f.component(),
                f.text("serviceName"),
                f.text("providerVpc"),
                f.texts("nlbs"),
                f.bool("acceptanceRequired"),
                f.texts("allowedPrincipals"),
                f.texts("availabilityZoneIds"),
                f.texts("supportedRegions"),
                f.texts("gatewayLoadBalancers"));
    }

    static GatewayLoadBalancer gatewayLoadBalancer(Fields f) {
        return new GatewayLoadBalancer(
                f.component(),
                f.text("vpc"),
                f.objects(
                        "nodes",
                        n ->
                                Optional.of(
                                        new NetworkLoadBalancer.Node(
                                                n.text("subnet"), n.text("azId"), n.ip("ip")))),
                // cross-zone load balancing is off by default on a Gateway Load Balancer
                f.bool("crossZone", false),
                f.objects(
                        "targets",
                        t ->
                                Optional.of(
                                        new GatewayLoadBalancer.Target(
                                                t.text("id"),
                                                t.choice(
                                                        "health",
                                                        "healthy",
                                                        GatewayLoadBalancer.HEALTH)))));
    }

    static GatewayLoadBalancerEndpoint gatewayLoadBalancerEndpoint(Fields f) {
        return new GatewayLoadBalancerEndpoint(
                f.component(),
                f.text("vpc"),
                f.text("subnet"),
                f.text("service"),
                f.text("serviceName"),
                f.text("state", InterfaceEndpoint.AVAILABLE),
                f.ip("ip"));
    }

    static NetworkLoadBalancer nlb(Fields f) {
        return new NetworkLoadBalancer(
                f.component(),
                f.text("vpc"),
                f.choice("scheme", null, FieldChoices.NLB_SCHEME),
                f.texts("subnets"),
                f.objects(
                        "nodes",
                        n ->
                                Optional.of(
                                        new NetworkLoadBalancer.Node(
                                                n.text("subnet"), n.text("azId"), n.ip("ip")))),
                // cross-zone load balancing is off by default on a Network Load Balancer
                f.bool("crossZone", false),
                f.texts("securityGroups"),
                f.objects(
                        "listeners",
                        l ->
                                Optional.of(
                                        new NetworkLoadBalancer.Listener(
                                                l.protocol("protocol"),
                                                l.integer("port", 1, 65535),
                                                l.text("targetGroup")))),
                f.objects("targetGroups", EndpointReaders::targetGroup));
    }

    private static Optional<NetworkLoadBalancer.TargetGroup> targetGroup(Fields f) {
        String id = f.text("id");
        f.claimId(id);
        return Optional.of(
                new NetworkLoadBalancer.TargetGroup(
                        id,
                        f.protocol("protocol"),
                        f.integer("port", 1, 65535),
                        f.objects(
                                "targets",
                                t ->
                                        Optional.of(
                                                new NetworkLoadBalancer.Target(
                                                        t.text("id"),
                                                        t.integer("port", 1, 65535)))),
                        f.has("targetType")
                                ? Optional.of(
                                        f.choice(
                                                "targetType",
                                                null,
                                                NetworkLoadBalancer.TargetGroup.TARGET_TYPES))
                                : Optional.empty(),
                        f.has("preserveClientIp")
                                ? Optional.of(f.bool("preserveClientIp"))
                                : Optional.empty()));
    }

    static AwsService awsService(Fields f) {
        String region = f.text("region");
        List<AwsService.Resource> resources;
        if (f.has("buckets") && f.has("tables")) {
            f.error(
                    ProblemCodes.INVALID_VALUE,
                    f.path("tables"),
                    f.node("tables").orElseThrow().at(),
                    Message.of("format.bucketsAndTables"));
            resources = List.of();
        } else {
            String key = f.has("tables") ? "tables" : "buckets";
            resources = f.objects(key, r -> Optional.of(resource(r, region)));
        }
        return new AwsService(
                f.component(),
                f.text("service"),
                region,
                f.text("serviceName"),
                f.optText("prefixList"),
                f.objects("publicDnsRecords", EndpointReaders::dnsRecord),
                resources);
    }

    /** A bucket or table; its Region defaults to the service's; no policy means none. */
    private static AwsService.Resource resource(Fields f, String serviceRegion) {
        return new AwsService.Resource(
                f.text("name"), f.text("region", serviceRegion), PolicyReader.read(f, "policy"));
    }

    private static Optional<AwsService.DnsRecord> dnsRecord(Fields f) {
        return Optional.of(
                new AwsService.DnsRecord(f.text("name"), addresses(f, "a"), addresses(f, "aaaa")));
    }

    /** One address or a list of them. */
    private static List<dev.vpclab.net.IpAddress> addresses(Fields f, String key) {
        Optional<TreeNode> node = f.node(key);
        if (node.isPresent() && !(node.get() instanceof TreeNode.Sequence)) {
            return f.ip(f.path(key), node.get()).map(List::of).orElse(List.of());
        }
        return f.list(key, f::ip);
    }

    /** An EC2 Instance Connect Endpoint; client IP preservation is off unless the file says so. */
    static InstanceConnectEndpoint instanceConnectEndpoint(Fields f) {
        return new InstanceConnectEndpoint(
                f.component(),
                f.text("subnet"),
                f.ip("privateIp"),
                f.texts("securityGroups"),
                f.bool("preserveClientIp", false));
    }
}
