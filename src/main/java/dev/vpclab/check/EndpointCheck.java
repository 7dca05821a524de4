package dev.vpclab.check;

import dev.vpclab.model.Component;
import dev.vpclab.model.EndpointEni;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.InstanceConnectEndpoint;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks VPC endpoints and endpoint services: interface endpoint ENIs (R-IF-1), private DNS and the
 * VPC DNS attributes (R-IF-6, R-DNS-1), the Availability Zones of an endpoint service (R-ES-7), the
 * inbound-only private DNS option (R-IF-15), gateway endpoint services, Regions and address types
 * (R-GW-1, R-GW-5, R-GW-10, R-DNS-2), and load balancers and allowed principals of endpoint
 * services (R-ES-1, R-ES-2).
 */
final class EndpointCheck {
    private static final Set<String> GATEWAY_SERVICES = Set.of("s3", "s3express", "dynamodb");

    private static final String SERVICE_DEFINED = "service-defined";

    private final LabIndex index;
    private final Findings findings;
    private final RouteCheck routes;

    EndpointCheck(LabIndex index, Findings findings, RouteCheck routes) {
        this.index = index;
        this.findings = findings;
        this.routes = routes;
    }

    void run() {
        Map<String, String> serviceOfNlb = new HashMap<>();
        Map<String, String> instanceConnectOfVpc = new HashMap<>();
        for (Component c : index.lab().components()) {
            if (c instanceof InstanceConnectEndpoint e) {
                // "you can create only one EC2 Instance Connect Endpoint per VPC" (AWS
                // CloudFormation, AWS::EC2::InstanceConnectEndpoint)
                index.vpcOf(e)
                        .ifPresent(
                                vpc -> {
                                    String first = instanceConnectOfVpc.putIfAbsent(vpc, e.id());
                                    if (first != null) {
                                        findings.error(
                                                ProblemCodes.INSTANCE_CONNECT_ENDPOINT_PER_VPC,
                                                e.id(),
                                                "subnet",
                                                "check.instanceConnectEndpointPerVpc",
                                                vpc,
                                                first);
                                    }
                                });
            } else if (c instanceof InterfaceEndpoint e) {
                checkInterfaceEndpoint(e);
            } else if (c instanceof GatewayEndpoint e) {
                checkGatewayEndpoint(e);
            } else if (c instanceof EndpointService s) {
                checkEndpointService(s, serviceOfNlb);
            }
        }
    }

    private void checkInterfaceEndpoint(InterfaceEndpoint e) {
        Optional<Vpc> vpc = index.vpc(e.vpc());
        if (e.privateDns()
                && vpc.isPresent()
                && !(vpc.get().enableDnsSupport() && vpc.get().enableDnsHostnames())) {
            findings.error(
                    ProblemCodes.PRIVATE_DNS_REQUIRES_VPC_DNS_ATTRIBUTES,
                    e.id(),
                    "privateDns",
                    "check.privateDnsRequiresVpcDnsAttributes",
                    e.vpc());
        }
        if (e.privateDnsOnlyForInboundResolverEndpoint()) {
            inboundOnly(e);
        }
        Map<String, String> firstByAz = new HashMap<>();
        for (int k = 0; k < e.enis().size(); k++) {
            EndpointEni eni = e.enis().get(k);
            String field = ReferenceCheck.at("enis", k);
            Optional<Subnet> subnet = index.subnet(eni.subnet());
            if (subnet.isPresent() && !subnet.get().az().equals(eni.az())) {
                findings.error(
                        ProblemCodes.SUBNET_AZ_MISMATCH,
                        e.id(),
                        field + ".az",
                        "check.subnetAzMismatch",
                        eni.id(),
                        eni.az(),
                        subnet.get().id(),
                        subnet.get().az());
            }
            if (subnet.isPresent() && !subnet.get().azId().equals(eni.azId())) {
                findings.error(
                        ProblemCodes.SUBNET_AZ_MISMATCH,
                        e.id(),
                        field + ".azId",
                        "check.subnetAzMismatch",
                        eni.id(),
                        eni.azId(),
                        subnet.get().id(),
                        subnet.get().azId());
            }
            String azId = subnet.map(Subnet::azId).orElse(eni.azId());
            String first = firstByAz.putIfAbsent(azId, eni.subnet());
            if (first != null) {
                findings.error(
                        ProblemCodes.TWO_ENIS_IN_ONE_AZ,
                        e.id(),
                        field + ".subnet",
                        "check.twoEnisInOneAz",
                        eni.subnet(),
                        first,
                        azId);
            }
        }
        index.get(e.service(), EndpointService.class).ifPresent(s -> serviceZones(e, s));
        index.get(e.service(), EndpointService.class).ifPresent(s -> permission(e, s));
    }

    /**
     * Endpoint service permissions apply to new connections only: an accepted endpoint whose
     * account was removed keeps working, but AWS would refuse the same endpoint created again.
     */
    private void permission(InterfaceEndpoint e, EndpointService service) {
        String account = index.get(e.vpc(), Vpc.class).flatMap(Vpc::account).orElse("");
        if (account.isEmpty()) {
            return; // the lab does not say whose VPC it is: nothing to compare with
        }
        if (!service.allowsAccount(account)) {
            findings.warning(
                    ProblemCodes.ENDPOINT_SERVICE_PRINCIPAL_NOT_ALLOWED,
                    e.id(),
                    "service",
                    "check.principalNoLongerAllowed",
                    account,
                    service.id(),
                    e.id());
        }
    }

    /**
     * R-ES-8: an endpoint in another Region than its service needs the provider to list that Region
     * among the supported Regions, else AWS refuses to create it. The AZ check (R-ES-7) compares AZ
     * ids of one Region, so it applies only when both are in the same Region.
     */
    private void serviceZones(InterfaceEndpoint e, EndpointService service) {
        Optional<String> consumer = index.get(e.vpc(), Vpc.class).map(Vpc::region);
        Optional<String> provider = index.get(service.providerVpc(), Vpc.class).map(Vpc::region);
        if (consumer.isPresent()
                && provider.isPresent()
                && !consumer.get().equals(provider.get())) {
            if (!service.servesRegion(consumer.get(), provider.get())) {
                findings.error(
                        ProblemCodes.ENDPOINT_SERVICE_REGION_NOT_SUPPORTED,
                        e.id(),
                        "service",
                        "check.endpointServiceRegionNotSupported",
                        e.id(),
                        consumer.get(),
                        service.id(),
                        provider.get());
            }
            return;
        }
        Set<String> zones = zonesOf(service);
        if (zones.isEmpty()) {
            return; // the lab does not say: nothing to compare with
        }
        List<String> zoneList = List.copyOf(zones);
        Set<String> subnets = new HashSet<>(e.subnets());
        for (int k = 0; k < e.subnets().size(); k++) {
            Optional<Subnet> subnet = index.subnet(e.subnets().get(k));
            if (subnet.isPresent() && !zones.contains(subnet.get().azId())) {
                notInstalled(
                        e,
                        ReferenceCheck.at("subnets", k),
                        subnet.get().id(),
                        subnet.get().azId(),
                        subnet.get().az(),
                        service,
                        zoneList);
            }
        }
        for (int k = 0; k < e.enis().size(); k++) {
            EndpointEni eni = e.enis().get(k);
            if (!subnets.contains(eni.subnet()) && !zones.contains(eni.azId())) {
                notInstalled(
                        e,
                        ReferenceCheck.at("enis", k) + ".subnet",
                        eni.subnet(),
                        eni.azId(),
                        eni.az(),
                        service,
                        zoneList);
            }
        }
    }

    private void notInstalled(
            InterfaceEndpoint e,
            String field,
            String subnet,
            String azId,
            String az,
            EndpointService service,
            List<String> zones) {
        // The zones are ids; the sentence that lists them ("a, b and c") belongs to the bundle.
        int last = zones.size() - 1;
        if (last == 0) {
            findings.error(
                    ProblemCodes.VPCE_SERVICE_NOT_INSTALLED_IN_AZ,
                    e.id(),
                    field,
                    "check.vpceServiceNotInstalledInAz",
                    subnet,
                    azId,
                    az,
                    service.id(),
                    zones.get(0));
        } else {
            findings.error(
                    ProblemCodes.VPCE_SERVICE_NOT_INSTALLED_IN_AZ,
                    e.id(),
                    field,
                    "check.vpceServiceNotInstalledInAzs",
                    subnet,
                    azId,
                    az,
                    service.id(),
                    String.join(", ", zones.subList(0, last)),
                    zones.get(last));
        }
    }

    /** The service's AZ ids, or those of its load balancers' nodes when it lists none. */
    private Set<String> zonesOf(EndpointService service) {
        Set<String> zones = new LinkedHashSet<>(service.availabilityZoneIds());
        if (zones.isEmpty()) {
            for (String nlb : service.nlbs()) {
                index.get(nlb, NetworkLoadBalancer.class)
                        .ifPresent(n -> n.nodes().forEach(node -> zones.add(node.azId())));
            }
        }
        return zones;
    }

    /**
     * R-IF-15: "private DNS only for inbound endpoint" needs private DNS and a gateway endpoint.
     */
    private void inboundOnly(InterfaceEndpoint e) {
        if (!e.privateDns()) {
            findings.error(
                    ProblemCodes.INBOUND_ONLY_PRIVATE_DNS_INVALID,
                    e.id(),
                    "privateDnsOnlyForInboundResolverEndpoint",
                    "check.inboundOnlyNeedsPrivateDns",
                    e.id());
        }
        boolean gateway =
                index.lab()
                        .all(GatewayEndpoint.class)
                        .anyMatch(
                                g ->
                                        g.vpc().equals(e.vpc())
                                                && (g.serviceName().equals(e.serviceName())
                                                        || g.service().equals(e.service())));
        if (!gateway) {
            findings.error(
                    ProblemCodes.INBOUND_ONLY_PRIVATE_DNS_INVALID,
                    e.id(),
                    "privateDnsOnlyForInboundResolverEndpoint",
                    "check.inboundOnlyNeedsGatewayEndpoint",
                    e.vpc(),
                    e.service());
        }
    }

    private void checkGatewayEndpoint(GatewayEndpoint e) {
        String service = e.service().toLowerCase(Locale.ROOT);
        if (!GATEWAY_SERVICES.contains(service)) {
            findings.error(
                    ProblemCodes.GATEWAY_ENDPOINT_SERVICE,
                    e.id(),
                    "service",
                    "check.gatewayEndpointService",
                    e.service());
        }
        Optional<Vpc> vpc = index.vpc(e.vpc());
        if (vpc.isPresent() && !vpc.get().region().equals(e.region())) {
            findings.error(
                    ProblemCodes.GATEWAY_ENDPOINT_REGION_MISMATCH,
                    e.id(),
                    "region",
                    "check.gatewayEndpointRegion",
                    e.region(),
                    e.vpc(),
                    vpc.get().region());
        }
        routes.prefixListRegion(e, "prefixList", e.prefixList(), e.vpc());
        boolean dynamodb = service.equals("dynamodb");
        String dnsType = e.dnsRecordIpType().toLowerCase(Locale.ROOT);
        if (dynamodb && !dnsType.equals(SERVICE_DEFINED)) {
            findings.error(
                    ProblemCodes.GATEWAY_ENDPOINT_DNS_RECORD_IP_TYPE,
                    e.id(),
                    "dnsRecordIpType",
                    "check.dynamodbDnsRecordIpType",
                    e.dnsRecordIpType());
        } else if (!dnsType.equals(SERVICE_DEFINED)
                && vpc.isPresent()
                && !(vpc.get().enableDnsSupport() && vpc.get().enableDnsHostnames())) {
            findings.error(
                    ProblemCodes.GATEWAY_ENDPOINT_DNS_RECORD_IP_TYPE,
                    e.id(),
                    "dnsRecordIpType",
                    "check.dnsRecordIpTypeNeedsVpcDns",
                    e.dnsRecordIpType(),
                    e.vpc());
        }
        if (dynamodb && !e.ipAddressType().equalsIgnoreCase("ipv4")) {
            findings.error(
                    ProblemCodes.GATEWAY_ENDPOINT_IP_ADDRESS_TYPE,
                    e.id(),
                    "ipAddressType",
                    "check.dynamodbIpAddressType",
                    e.ipAddressType());
        }
    }

    private void checkEndpointService(EndpointService s, Map<String, String> serviceOfNlb) {
        if (s.nlbs().isEmpty() && !s.isGatewayLoadBalancerService()) {
            findings.error(
                    ProblemCodes.ENDPOINT_SERVICE_WITHOUT_LOAD_BALANCER,
                    s.id(),
                    "nlbs",
                    "check.endpointServiceWithoutNlb",
                    s.id());
        }
        // R-ES-2: AWS takes an ARN of a principal, or * for everyone; anything else it refuses.
        List<String> principals = s.allowedPrincipals();
        for (int k = 0; k < principals.size(); k++) {
            if (!EndpointService.validPrincipal(principals.get(k))) {
                findings.error(
                        ProblemCodes.ENDPOINT_SERVICE_PRINCIPAL_INVALID,
                        s.id(),
                        ReferenceCheck.at("allowedPrincipals", k),
                        "check.endpointServicePrincipalInvalid",
                        principals.get(k),
                        s.id());
            }
        }
        List<String> nlbs = s.nlbs();
        for (int k = 0; k < nlbs.size(); k++) {
            String first = serviceOfNlb.putIfAbsent(nlbs.get(k), s.id());
            if (first != null && !first.equals(s.id())) {
                findings.error(
                        ProblemCodes.NLB_ONE_SERVICE,
                        s.id(),
                        ReferenceCheck.at("nlbs", k),
                        "check.nlbOneService",
                        nlbs.get(k),
                        first);
            }
        }
    }
}
