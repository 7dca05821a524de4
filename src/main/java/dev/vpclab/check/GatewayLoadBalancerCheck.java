package dev.vpclab.check;

import dev.vpclab.model.Component;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayLoadBalancer;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.GatewayRouteTableRules;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.Cidr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks Gateway Load Balancer endpoints, their services and gateway route tables as AWS would
 * refuse them (R-GWLB-2, R-GWRT-1): an endpoint service with both kinds of load balancer, an
 * endpoint whose service is of the other type, an endpoint in another Region than its service or in
 * a zone the service does not serve, a gateway associated with two route tables, and routes a
 * gateway route table does not accept.
 *
 * <p>AWS: gateway route tables accept "The default local route", "A network interface for a
 * middlebox appliance" and Gateway Load Balancer endpoints, for "The entire IPv4 or IPv6 CIDR block
 * of your VPC" or "of a subnet in your VPC"
 * (https://docs.aws.amazon.com/vpc/latest/userguide/gateway-route-tables.html); "you must select
 * the Availability Zone that the Gateway Load Balancer supports"
 * (https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-load-balancer-endpoints.html).
 */
final class GatewayLoadBalancerCheck {
    private final LabIndex index;
    private final Findings findings;

    GatewayLoadBalancerCheck(LabIndex index, Findings findings) {
        this.index = index;
        this.findings = findings;
    }

    void run() {
        Map<String, String> tableOfGateway = new HashMap<>();
        for (Component c : index.lab().components()) {
            if (c instanceof EndpointService s
                    && !s.nlbs().isEmpty()
                    && s.isGatewayLoadBalancerService()) {
                findings.error(
                        ProblemCodes.ENDPOINT_SERVICE_LOAD_BALANCER_MIX,
                        s.id(),
                        "gatewayLoadBalancers",
                        "check.endpointServiceLoadBalancerMix",
                        s.id());
            } else if (c instanceof GatewayLoadBalancerEndpoint e) {
                checkEndpoint(e);
            } else if (c instanceof InterfaceEndpoint e) {
                index.get(e.service(), EndpointService.class)
                        .filter(EndpointService::isGatewayLoadBalancerService)
                        .ifPresent(
                                s ->
                                        findings.error(
                                                ProblemCodes.ENDPOINT_SERVICE_TYPE_MISMATCH,
                                                e.id(),
                                                "service",
                                                "check.interfaceEndpointToGwlbService",
                                                e.id(),
                                                s.id()));
            } else if (c instanceof RouteTable rt && rt.isGatewayRouteTable()) {
                checkGatewayTable(rt, tableOfGateway);
            }
        }
    }

    private void checkEndpoint(GatewayLoadBalancerEndpoint e) {
        Optional<EndpointService> service = index.get(e.service(), EndpointService.class);
        if (service.isEmpty()) {
            return; // a dangling reference, reported by the reference check
        }
        EndpointService s = service.get();
        if (!s.isGatewayLoadBalancerService()) {
            findings.error(
                    ProblemCodes.ENDPOINT_SERVICE_TYPE_MISMATCH,
                    e.id(),
                    "service",
                    "check.gwlbEndpointToInterfaceService",
                    e.id(),
                    s.id());
            return;
        }
        Optional<String> consumer = index.vpc(e.vpc()).map(Vpc::region);
        Optional<String> provider = index.vpc(s.providerVpc()).map(Vpc::region);
        if (consumer.isPresent() && provider.isPresent() && !consumer.equals(provider)) {
            // "available in the Region where you created it": no cross-Region GWLB endpoint, and
            // the service's zone ids name zones of another Region
            findings.error(
                    ProblemCodes.GWLB_ENDPOINT_OTHER_REGION,
                    e.id(),
                    "service",
                    "check.gwlbEndpointOtherRegion",
                    e.id(),
                    consumer.get(),
                    s.id(),
                    provider.get());
            return;
        }
        Optional<Subnet> subnet = index.subnet(e.subnet());
        if (subnet.isEmpty()) {
            return;
        }
        Set<String> zones = zonesOf(s);
        if (!zones.isEmpty() && !zones.contains(subnet.get().azId())) {
            findings.error(
                    ProblemCodes.VPCE_SERVICE_NOT_INSTALLED_IN_AZ,
                    e.id(),
                    "subnet",
                    "check.gwlbEndpointZone",
                    e.id(),
                    subnet.get().azId(),
                    s.id(),
                    String.join(", ", zones));
        }
    }

    /** The service's zone ids, or those of its load balancers' nodes when it lists none. */
    private Set<String> zonesOf(EndpointService s) {
        Set<String> zones = new LinkedHashSet<>(s.availabilityZoneIds());
        if (zones.isEmpty()) {
            for (String id : s.gatewayLoadBalancers()) {
                index.get(id, GatewayLoadBalancer.class)
                        .ifPresent(g -> g.nodes().forEach(n -> zones.add(n.azId())));
            }
        }
        return zones;
    }

    private void checkGatewayTable(RouteTable rt, Map<String, String> tableOfGateway) {
        for (int k = 0; k < rt.gatewayAssociations().size(); k++) {
            String gateway = rt.gatewayAssociations().get(k);
            String first = tableOfGateway.putIfAbsent(gateway, rt.id());
            if (first != null && !first.equals(rt.id())) {
                findings.error(
                        ProblemCodes.GATEWAY_ROUTE_TABLE_DUPLICATE,
                        rt.id(),
                        ReferenceCheck.at("gatewayAssociations", k),
                        "check.gatewayRouteTableDuplicate",
                        gateway,
                        first,
                        rt.id());
            }
        }
        Optional<Vpc> vpc = index.vpc(rt.vpc());
        if (vpc.isEmpty()) {
            return;
        }
        List<Cidr> blocks = new ArrayList<>();
        for (Subnet s : index.subnetsOf(vpc.get().id())) {
            blocks.add(s.cidr());
            s.ipv6Cidr().ifPresent(blocks::add);
        }
        for (int k = 0; k < rt.routes().size(); k++) {
            Route r = rt.routes().get(k);
            Optional<Component> target =
                    r.isLocal() ? Optional.empty() : index.lab().component(r.target());
            if (!r.isLocal() && target.isEmpty()) {
                continue; // a dangling reference, reported by the reference check
            }
            if (!GatewayRouteTableRules.accepts(
                    r, target.map(Component::kind), vpc.get(), blocks)) {
                findings.error(
                        ProblemCodes.GATEWAY_ROUTE_TABLE_INVALID_ROUTE,
                        rt.id(),
                        ReferenceCheck.at("routes", k),
                        "check.gatewayRouteTableInvalidRoute",
                        r.destination(),
                        r.target(),
                        rt.id(),
                        vpc.get().cidr());
            }
        }
    }
}
