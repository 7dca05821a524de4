package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.AwsService;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.Protocol;
import java.util.List;
import java.util.Optional;

/**
 * Carries a packet through VPC endpoints to AWS services and endpoint services: gateway endpoints
 * (only for packets that start in the VPC, R-GW-6), interface endpoints (security group, protocol,
 * connection state and Availability Zone: R-IF-2, R-IF-3, R-ES-2, R-ES-7), and the policies that
 * authorize the request (R-POL-1 to R-POL-5).
 */
final class EndpointRouting {
    private final Walk walk;
    private final Authorizer authorizer;
    private final LoadBalancing loadBalancing;

    EndpointRouting(Walk walk) {
        this.walk = walk;
        this.authorizer = new Authorizer(walk);
        this.loadBalancing = new LoadBalancing(walk);
    }

    /** Through a gateway endpoint's route to S3 or DynamoDB. */
    void throughGatewayEndpoint(GatewayEndpoint gwe, RouteTable rt, Packet packet, Origin origin) {
        walk.at(packet);
        if (!origin.isLocal()) {
            walk.hop(
                    Hop.builder(gwe.id())
                            .check(Check.ORIGIN)
                            .decided(
                                    new Decision.ArrivedFromOutside(
                                            packet.src(), origin.through().get(), gwe.vpc()))
                            .build());
            walk.block(
                    gwe.id(),
                    ReasonCode.GATEWAY_ENDPOINT_NOT_TRANSITIVE,
                    null,
                    List.of(),
                    Message.of(
                            "reason.GATEWAY_ENDPOINT_NOT_TRANSITIVE.detail",
                            origin.through().get(),
                            gwe.id()),
                    Message.of("reason.GATEWAY_ENDPOINT_NOT_TRANSITIVE.fix"));
            return;
        }
        Optional<AwsService> service = walk.index.serviceAt(packet.dst());
        if (!inOwnPrefixList(gwe, packet)) {
            // A route may name another list (AWS would refuse it, R-PL-3), but the endpoint
            // carries only its own service in its own Region (R-GW-5, R-RT-8).
            walk.hop(
                    Hop.builder(gwe.id())
                            .check(Check.DESTINATION)
                            .decided(
                                    new Decision.NotInPrefixList(
                                            packet.dst(), gwe.prefixList(), gwe.id()))
                            .build());
            boolean otherRegion = service.map(s -> !s.region().equals(gwe.region())).orElse(false);
            walk.block(
                    gwe.id(),
                    otherRegion
                            ? ReasonCode.CROSS_REGION_GATEWAY_ENDPOINT
                            : ReasonCode.NO_ROUTE_TO_DESTINATION,
                    null,
                    List.of(),
                    otherRegion
                            ? Message.of(
                                    "reason.CROSS_REGION_GATEWAY_ENDPOINT.detail",
                                    packet.dst(),
                                    service.get().region(),
                                    gwe.region())
                            : Message.of("gatewayEndpoint.notItsService", packet.dst(), gwe.id()),
                    Message.of(
                            "reason.CROSS_REGION_GATEWAY_ENDPOINT.fix",
                            service.map(AwsService::region).orElse(gwe.region())));
            return;
        }
        Delivery arrived =
                new Delivery(
                        service.map(AwsService::id).orElse(gwe.id()),
                        Delivery.Kind.SERVICE_GATEWAY_ENDPOINT,
                        packet,
                        Optional.empty(),
                        Optional.of(gwe.id()));
        Hop.Builder hop = Hop.builder(gwe.id());
        if (!authorizer.endpointPolicyAllows(gwe.id(), gwe.policy(), hop, arrived)) {
            return;
        }
        walk.hop(hop.build());
        if (service.isEmpty()) {
            walk.deliver(arrived);
            return;
        }
        arriveAtService(
                service.get(), packet, Delivery.Kind.SERVICE_GATEWAY_ENDPOINT, Optional.of(gwe));
    }

    private boolean inOwnPrefixList(GatewayEndpoint gwe, Packet packet) {
        walk.at(packet);
        return walk.index
                .prefixList(gwe.prefixList())
                .map(pl -> pl.cidrs().stream().anyMatch(c -> c.contains(packet.dst())))
                .orElse(true); // an endpoint whose list is missing is a validation error
    }

    /** At an AWS service: its resource policy decides (when the flow makes a request). */
    void arriveAtService(
            AwsService service, Packet packet, Delivery.Kind how, Optional<Object> endpoint) {
        walk.at(packet);
        Optional<String> endpointId =
                endpoint.map(
                        e ->
                                e instanceof GatewayEndpoint g
                                        ? g.id()
                                        : ((InterfaceEndpoint) e).id());
        Delivery arrived = new Delivery(service.id(), how, packet, Optional.empty(), endpointId);
        if (walk.reply) {
            walk.hop(service.id());
            walk.deliver(arrived);
            return;
        }
        if (authorizer.resourcePolicyAllows(service, packet, endpoint, arrived)) {
            walk.deliver(arrived);
        }
    }

    /** At an interface endpoint's ENI. */
    void arriveAtInterfaceEndpoint(Iface eni, Packet packet) {
        walk.at(packet);
        InterfaceEndpoint endpoint =
                walk.index.lab.component(eni.owner(), InterfaceEndpoint.class).orElseThrow();
        if (walk.reply) {
            walk.hop(Hop.builder(endpoint.id()).eni(eni.eniId(), eni.ip().toString()).build());
            walk.deliver(
                    new Delivery(
                            endpoint.id(),
                            Delivery.Kind.INTERFACE,
                            packet,
                            Optional.of(eni),
                            Optional.empty()));
            return;
        }
        if (!walk.vpc.ingressAllowed(eni, packet, List.of(endpoint.id()))) {
            return;
        }
        Hop.Builder hop = Hop.builder(endpoint.id()).eni(eni.eniId(), eni.ip().toString());
        Optional<EndpointService> service =
                walk.index
                        .endpointService(endpoint.service())
                        .or(() -> walk.index.endpointService(endpoint.serviceName()));
        String serviceRef = service.map(EndpointService::id).orElse(endpoint.serviceName());
        if (packet.protocol() == Protocol.ICMP) {
            walk.hop(hop.check(Check.PROTOCOL).decided(new Decision.PingNotAnswered()).build());
            walk.block(
                    endpoint.id(),
                    ReasonCode.INTERFACE_ENDPOINT_PROTOCOL_NOT_SUPPORTED,
                    null,
                    List.of(),
                    Message.of("reason.INTERFACE_ENDPOINT_PROTOCOL_NOT_SUPPORTED.detail"),
                    Message.of("reason.INTERFACE_ENDPOINT_PROTOCOL_NOT_SUPPORTED.fix"));
            return;
        }
        if (!endpoint.isAvailable()) {
            walk.hop(hop.check(Check.CONNECTION).decided(state(endpoint)).build());
            walk.block(
                    endpoint.id(),
                    ReasonCode.ENDPOINT_CONNECTION_NOT_ACCEPTED,
                    null,
                    List.of(serviceRef),
                    Message.of("reason.ENDPOINT_CONNECTION_NOT_ACCEPTED.detail", endpoint.state()),
                    Message.of(
                            "reason.ENDPOINT_CONNECTION_NOT_ACCEPTED.fix",
                            serviceRef,
                            endpoint.id()));
            return;
        }
        if (service.isPresent()) {
            toEndpointService(endpoint, service.get(), eni, packet, hop);
            return;
        }
        Optional<AwsService> aws =
                walk.index.services().stream()
                        .filter(s -> s.serviceName().equals(endpoint.serviceName()))
                        .findFirst();
        Delivery arrived =
                new Delivery(
                        aws.map(AwsService::id).orElse(endpoint.id()),
                        Delivery.Kind.SERVICE_INTERFACE_ENDPOINT,
                        packet,
                        Optional.of(eni),
                        Optional.of(endpoint.id()));
        if (walk.flow.request().isEmpty()) {
            hop.check(Check.CONNECTION).decided(state(endpoint));
        }
        if (!authorizer.endpointPolicyAllows(endpoint.id(), endpoint.policy(), hop, arrived)) {
            return;
        }
        walk.hop(hop.build());
        if (aws.isEmpty()) {
            walk.deliver(arrived);
            return;
        }
        Delivery.Kind kind = Delivery.Kind.SERVICE_INTERFACE_ENDPOINT;
        if (walk.flow.request().isEmpty()) {
            walk.hop(aws.get().id());
            walk.deliver(
                    new Delivery(
                            aws.get().id(),
                            kind,
                            packet,
                            Optional.of(eni),
                            Optional.of(endpoint.id())));
            return;
        }
        if (authorizer.resourcePolicyAllows(aws.get(), packet, Optional.of(endpoint), arrived)) {
            walk.deliver(
                    new Delivery(
                            aws.get().id(),
                            kind,
                            packet,
                            Optional.of(eni),
                            Optional.of(endpoint.id())));
        }
    }

    /** The Region of a VPC; the lab's Region when the VPC is unknown. */
    private String regionOf(String vpc) {
        return walk.index.vpc(vpc).map(Vpc::region).orElse(walk.index.lab.region());
    }

    private void toEndpointService(
            InterfaceEndpoint endpoint,
            EndpointService svc,
            Iface eni,
            Packet packet,
            Hop.Builder hop) {
        walk.at(packet);
        String eniAz =
                endpoint.enis().stream()
                        .filter(e -> e.id().equals(eni.eniId()))
                        .map(e -> e.azId())
                        .findFirst()
                        .orElse(eni.subnet().azId());
        String consumerRegion = regionOf(endpoint.vpc());
        String serviceRegion = regionOf(svc.providerVpc());
        if (!svc.servesRegion(consumerRegion, serviceRegion)) {
            walk.hop(
                    hop.check(Check.CONNECTION)
                            .decided(
                                    new Decision.RegionNotSupported(
                                            consumerRegion,
                                            svc.id(),
                                            serviceRegion,
                                            svc.supportedRegions()))
                            .build());
            walk.block(
                    endpoint.id(),
                    ReasonCode.ENDPOINT_SERVICE_REGION_NOT_SUPPORTED,
                    null,
                    List.of(svc.id()),
                    Message.of(
                            "reason.ENDPOINT_SERVICE_REGION_NOT_SUPPORTED.detail",
                            endpoint.id(),
                            consumerRegion,
                            svc.id(),
                            serviceRegion),
                    Message.of(
                            "reason.ENDPOINT_SERVICE_REGION_NOT_SUPPORTED.fix",
                            svc.id(),
                            consumerRegion));
            return;
        }
        // Cross-Region: the endpoint's AZs are those of its own Region, which the service's AZ ids
        // (of the provider's Region) cannot name; the service is reached in its own Region.
        boolean crossRegion = !consumerRegion.equals(serviceRegion);
        if (!crossRegion && !svc.availabilityZoneIds().contains(eniAz)) {
            walk.hop(
                    hop.check(Check.AVAILABILITY_ZONE)
                            .decided(
                                    new Decision.ServiceNotInZone(
                                            eniAz, svc.id(), svc.availabilityZoneIds()))
                            .build());
            List<String> related = new java.util.ArrayList<>(List.of(svc.id()));
            related.addAll(svc.nlbs());
            walk.block(
                    endpoint.id(),
                    ReasonCode.VPCE_SERVICE_NOT_INSTALLED_IN_AZ,
                    null,
                    related,
                    Message.of("reason.VPCE_SERVICE_NOT_INSTALLED_IN_AZ.detail", eniAz, svc.id()),
                    Message.of("reason.VPCE_SERVICE_NOT_INSTALLED_IN_AZ.fix", svc.id(), eniAz));
            return;
        }
        walk.hop(hop.check(Check.CONNECTION).decided(state(endpoint)).build());
        String account = walk.index.vpc(endpoint.vpc()).flatMap(Vpc::account).orElse("");
        String principal = "arn:aws:iam::" + account + ":root";
        boolean allowed = svc.allowsAccount(account);
        // Permissions are checked when an endpoint asks to connect. Removing a principal later
        // "does not affect existing connections ... that were previously accepted" (PrivateLink
        // guide, endpoint service permissions), so an available endpoint keeps carrying traffic.
        Decision.Permission permission = new Decision.Permission(principal, allowed);
        walk.hop(Hop.builder(svc.id()).check(Check.PERMISSION).decided(permission).build());
        loadBalancing.throughPrivateLink(svc, eni, eniAz, packet);
    }

    /** A packet addressed to a load balancer node (a client in the provider's network). */
    void arriveAtLoadBalancer(Iface node, Packet packet) {
        walk.at(packet);
        NetworkLoadBalancer nlb =
                walk.index.lab.component(node.owner(), NetworkLoadBalancer.class).orElseThrow();
        if (walk.reply) {
            loadBalancing.replyAtNode(nlb, node, packet);
            return;
        }
        loadBalancing.forward(nlb, node, packet, Optional.empty());
    }

    /** A target's reply to a client whose address its load balancer preserved. */
    void replyPreserved(Iface target, Packet reply, Conntrack.PreservedEntry entry) {
        loadBalancing.replyPreserved(target, reply, entry);
    }

    /** The state of an endpoint's connection to its service, as a typed decision. */
    private static Decision.ConnectionState state(InterfaceEndpoint endpoint) {
        return new Decision.ConnectionState(endpoint.state(), endpoint.isAvailable());
    }
}
