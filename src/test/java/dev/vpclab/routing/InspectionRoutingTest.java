package dev.vpclab.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import dev.vpclab.model.AddressSet;
import dev.vpclab.model.Component;
import dev.vpclab.model.Flow;
import dev.vpclab.model.GatewayLoadBalancer;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.RouteTable;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.Protocol;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Traffic through a Gateway Load Balancer endpoint to a central inspection VPC, both ways, and
 * ingress routing on the internet gateway's route table (R-GWLB-1..3, R-GWRT-1).
 */
class InspectionRoutingTest {
    private static final Lab LAB =
            LabReader.read(Path.of("src/test/resources/gwlb/inspection.yaml")).lab().orElseThrow();
    private static final Flow EGRESS = Flow.of("i-web", "host-internet", Protocol.TCP, 443);
    private static final Flow INGRESS = Flow.of("host-internet", "i-web", Protocol.TCP, 443);

    private static Lab replace(Lab lab, String id, UnaryOperator<Component> change) {
        List<Component> out = new ArrayList<>();
        for (Component c : lab.components()) {
            out.add(c.id().equals(id) ? change.apply(c) : c);
        }
        return lab.withComponents(out);
    }

    private static List<String> ids(List<Hop> hops) {
        return hops.stream().map(Hop::id).toList();
    }

    private static List<String> checks(List<Hop> hops) {
        return hops.stream()
                .map(h -> h.id() + h.check().map(c -> " " + c.wireName()).orElse(""))
                .toList();
    }

    @Test
    void egressGoesThroughTheApplianceAndComesBackThroughItToo() {
        Trace t = Tracer.trace(LAB, EGRESS);
        assertThat(t.reachable()).isTrue();
        assertThat(checks(t.path()))
                .containsSubsequence(
                        "rt-app route",
                        "vpce-gwlb-a inspection",
                        "gwlb-inspect target",
                        "sg-appliance ingress",
                        "i-appliance-1 appliance",
                        "vpce-gwlb-a inspection",
                        "rt-gwlbe route",
                        "igw-app translate");
        // the reply enters by the internet gateway's route table and goes through the same
        // appliance
        assertThat(checks(t.returnPath()))
                .containsSubsequence(
                        "igw-app translate",
                        "rt-edge route",
                        "vpce-gwlb-a inspection",
                        "gwlb-inspect target",
                        "i-appliance-1 appliance",
                        "rt-gwlbe route",
                        "i-web");
    }

    @Test
    void theApplianceSeesTheInnerAddressesUnchangedAndTheGeneveHeaderOnTheWay() {
        Trace t = Tracer.trace(LAB, EGRESS);
        Hop sg = t.path().stream().filter(h -> h.id().equals("sg-appliance")).findFirst().get();
        assertThat(sg.leaving().orElseThrow().dstPort()).isEqualTo(6081);
        assertThat(sg.leaving().orElseThrow().protocol()).isEqualTo(Protocol.UDP);
        Hop back =
                t.path().stream().filter(h -> h.id().equals("rt-gwlbe")).findFirst().orElseThrow();
        assertThat(back.leaving().orElseThrow().src().toString()).isEqualTo("10.0.2.10");
        assertThat(back.leaving().orElseThrow().dstPort()).isEqualTo(443);
    }

    @Test
    void ingressRoutingSendsInternetTrafficThroughInspectionBeforeTheSubnet() {
        Trace t = Tracer.trace(LAB, INGRESS);
        assertThat(t.reachable()).isTrue();
        assertThat(checks(t.path()))
                .containsSubsequence(
                        "igw-app translate",
                        "rt-edge route",
                        "vpce-gwlb-a inspection",
                        "i-appliance-1 appliance",
                        "rt-gwlbe route",
                        "sg-web ingress",
                        "i-web");
        assertThat(ids(t.returnPath())).contains("gwlb-inspect");
    }

    @Test
    void anApplianceGroupWithoutGeneveBlocksAtTheAppliance() {
        Lab lab =
                replace(
                        LAB,
                        "sg-appliance",
                        c -> {
                            var g = (dev.vpclab.model.SecurityGroup) c;
                            return new dev.vpclab.model.SecurityGroup(
                                    g.id(), g.vpc(), g.isDefault(), List.of(), g.outbound());
                        });
        Trace t = Tracer.trace(lab, EGRESS);
        assertThat(t.reachable()).isFalse();
        assertThat(t.blockedAt().orElseThrow().component()).isEqualTo("sg-appliance");
        assertThat(t.blockedAt().orElseThrow().reason())
                .isEqualTo(ReasonCode.SECURITY_GROUP_NO_INGRESS_RULE);
        assertThat(t.blockedAt().orElseThrow().detail().english()).contains("udp 6081");
    }

    @Test
    void noHealthyApplianceDropsAtTheLoadBalancer() {
        Lab lab =
                replace(
                        LAB,
                        "gwlb-inspect",
                        c -> {
                            GatewayLoadBalancer g = (GatewayLoadBalancer) c;
                            return new GatewayLoadBalancer(
                                    g.id(),
                                    g.vpc(),
                                    g.nodes(),
                                    g.crossZone(),
                                    List.of(
                                            new GatewayLoadBalancer.Target(
                                                    "i-appliance-1", "unhealthy")));
                        });
        BlockedAt b = Tracer.trace(lab, EGRESS).blockedAt().orElseThrow();
        assertThat(b.component()).isEqualTo("gwlb-inspect");
        assertThat(b.reason()).isEqualTo(ReasonCode.GWLB_NO_HEALTHY_TARGET);
    }

    @Test
    void anApplianceInAnotherZoneServesOnlyWithCrossZoneLoadBalancing() {
        // i-appliance-1 moved to a subnet in use1-az2; the node and the endpoint are in use1-az1
        List<Component> out = new ArrayList<>(LAB.components());
        dev.vpclab.model.Subnet a =
                LAB.component("subnet-appliance-a", dev.vpclab.model.Subnet.class).orElseThrow();
        out.add(
                new dev.vpclab.model.Subnet(
                        "subnet-appliance-b",
                        a.vpc(),
                        Cidr.parse("10.100.2.0/24"),
                        java.util.Optional.empty(),
                        "us-east-1b",
                        "use1-az2",
                        a.routeTable(),
                        a.nacl()));
        Lab moved =
                replace(
                        LAB.withComponents(out),
                        "i-appliance-1",
                        c -> {
                            var i = (dev.vpclab.model.Instance) c;
                            return new dev.vpclab.model.Instance(
                                    i.id(),
                                    "subnet-appliance-b",
                                    dev.vpclab.net.IpAddress.parse("10.100.2.20"),
                                    i.publicIp(),
                                    i.ipv6(),
                                    i.securityGroups(),
                                    i.iamRole());
                        });
        assertThat(Tracer.trace(moved, EGRESS).blockedAt().orElseThrow().reason())
                .isEqualTo(ReasonCode.GWLB_NO_HEALTHY_TARGET);
        Lab crossZone =
                replace(
                        moved,
                        "gwlb-inspect",
                        c -> {
                            GatewayLoadBalancer g = (GatewayLoadBalancer) c;
                            return new GatewayLoadBalancer(
                                    g.id(), g.vpc(), g.nodes(), true, g.targets());
                        });
        Trace t = Tracer.trace(crossZone, EGRESS);
        assertThat(t.reachable()).isTrue();
        Decision.ApplianceChoice choice =
                t.path().stream()
                        .filter(h -> h.id().equals("gwlb-inspect"))
                        .findFirst()
                        .flatMap(h -> h.decision(Decision.ApplianceChoice.class))
                        .orElseThrow();
        assertThat(choice.appliance().orElseThrow().crossZone()).isTrue();
    }

    @Test
    void anEndpointNotYetAcceptedCarriesNothing() {
        Lab lab =
                replace(
                        LAB,
                        "vpce-gwlb-a",
                        c -> {
                            GatewayLoadBalancerEndpoint e = (GatewayLoadBalancerEndpoint) c;
                            return new GatewayLoadBalancerEndpoint(
                                    e.id(),
                                    e.vpc(),
                                    e.subnet(),
                                    e.service(),
                                    e.serviceName(),
                                    "pendingAcceptance",
                                    e.ip());
                        });
        BlockedAt b = Tracer.trace(lab, INGRESS).blockedAt().orElseThrow();
        assertThat(b.component()).isEqualTo("vpce-gwlb-a");
        assertThat(b.reason()).isEqualTo(ReasonCode.ENDPOINT_CONNECTION_NOT_ACCEPTED);
    }

    @Test
    void withoutTheEdgeRouteTheRequestBypassesInspectionAndTheReplyIsDropped() {
        Lab lab = replace(LAB, "rt-edge", c -> ((RouteTable) c).withRoutes(local()));
        Trace t = Tracer.trace(lab, INGRESS);
        assertThat(ids(t.path())).doesNotContain("gwlb-inspect", "vpce-gwlb-a");
        BlockedAt b = t.blockedAt().orElseThrow();
        assertThat(b.reason()).isEqualTo(ReasonCode.GWLB_ASYMMETRIC_ROUTING);
        assertThat(b.component()).isEqualTo("gwlb-inspect");
        assertThat(b.leg()).isEqualTo(Leg.RETURN);
    }

    @Test
    void egressWithoutTheEdgeRouteHasTheReplyBypassInspection() {
        Lab lab = replace(LAB, "rt-edge", c -> ((RouteTable) c).withRoutes(local()));
        Trace t = Tracer.trace(lab, EGRESS);
        assertThat(ids(t.path())).contains("gwlb-inspect");
        BlockedAt b = t.blockedAt().orElseThrow();
        assertThat(b.reason()).isEqualTo(ReasonCode.GWLB_ASYMMETRIC_ROUTING);
        assertThat(b.component()).isEqualTo("vpce-gwlb-a");
        assertThat(b.leg()).isEqualTo(Leg.RETURN);
    }

    @Test
    void aRouteTheGatewayTableMayNotHoldIsLeftOut() {
        // 0.0.0.0/0 is neither the VPC block nor a subnet block: AWS refuses it, so the local route
        // still delivers the packet (past inspection only through the subnet route)
        Lab lab =
                replace(
                        LAB,
                        "rt-edge",
                        c -> {
                            List<Route> routes = new ArrayList<>(local());
                            routes.add(route("0.0.0.0/0", "vpce-gwlb-a"));
                            return ((RouteTable) c).withRoutes(routes);
                        });
        Trace t = Tracer.trace(lab, INGRESS);
        Hop edge = t.path().stream().filter(h -> h.id().equals("rt-edge")).findFirst().get();
        assertThat(edge.matched()).contains("10.0.0.0/16 -> local");
    }

    @Test
    void theVirtualPrivateGatewaysRouteTableSendsVpnTrafficThroughInspection() {
        // The on-premises VPN example with the inspection VPC of the fixture added, a GWLB
        // endpoint in its private subnet and a gateway route table on its virtual private gateway
        // that sends the endpoints subnet to it.
        Lab vpn = LabReader.read(Path.of("assets/labs/on-premises-vpn.yaml")).lab().orElseThrow();
        List<Component> out = new ArrayList<>(vpn.components());
        for (Component c : LAB.components()) {
            boolean inspectionSide =
                    List.of(
                                    "vpc-inspect",
                                    "acl-inspect",
                                    "subnet-appliance-a",
                                    "rt-inspect",
                                    "sg-appliance",
                                    "i-appliance-1",
                                    "gwlb-inspect",
                                    "vpce-svc-inspect")
                            .contains(c.id());
            if (inspectionSide) {
                out.add(c);
            }
        }
        out.add(
                new GatewayLoadBalancerEndpoint(
                        "vpce-gwlb-vpn",
                        "vpc-main",
                        "subnet-private-a",
                        "vpce-svc-inspect",
                        "com.amazonaws.vpce.us-east-1.vpce-svc-inspect",
                        "available",
                        dev.vpclab.net.IpAddress.parse("10.0.1.50")));
        out.add(
                new RouteTable(
                        "rt-vgw-edge",
                        "vpc-main",
                        List.of(
                                route("10.0.0.0/16", Route.LOCAL),
                                route("10.0.20.0/24", "vpce-gwlb-vpn")),
                        List.of(),
                        List.of("vgw-main")));
        Lab lab = vpn.withComponents(out);
        Trace t = Tracer.trace(lab, vpn.flows().get(0));
        assertThat(checks(t.path()))
                .containsSubsequence(
                        "vgw-main",
                        "rt-vgw-edge route",
                        "vpce-gwlb-vpn inspection",
                        "i-appliance-1 appliance",
                        "rt-private route");
        // rt-private sends the reply straight to the VPN: inspection sees the request only
        assertThat(t.blockedAt().orElseThrow().reason())
                .isEqualTo(ReasonCode.GWLB_ASYMMETRIC_ROUTING);
    }

    @Test
    void aReplyThroughTheEndpointOfAnotherZoneIsAsymmetric() {
        // The request leaves through vpce-gwlb-a (use1-az1) to i-appliance-1; rt-edge sends the
        // reply to vpce-gwlb-b (use1-az2), whose node sends it to i-appliance-2, cross-zone off
        var read = LabReader.read(Path.of("src/test/resources/gwlb/two-zones.yaml"));
        assertThat(read.errors()).isEmpty();
        Lab lab = read.lab().orElseThrow();
        Trace t = Tracer.trace(lab, EGRESS);
        assertThat(checks(t.path())).contains("vpce-gwlb-a inspection", "i-appliance-1 appliance");
        assertThat(t.reachable()).isFalse();
        BlockedAt b = t.blockedAt().orElseThrow();
        assertThat(b.reason()).isEqualTo(ReasonCode.GWLB_ASYMMETRIC_ROUTING);
        assertThat(b.component()).isEqualTo("gwlb-inspect");
        assertThat(b.leg()).isEqualTo(Leg.RETURN);
        assertThat(b.detail().english())
                .contains("vpce-gwlb-a", "vpce-gwlb-b", "i-appliance-1", "i-appliance-2");
        assertThat(ids(t.returnPath())).doesNotContain("i-appliance-1");
        // with the reply back through the endpoint of the request, the flow is symmetric
        Lab same =
                replace(
                        lab,
                        "rt-edge",
                        c -> {
                            List<Route> routes = new ArrayList<>(local());
                            routes.add(route("10.0.2.0/24", "vpce-gwlb-a"));
                            return ((RouteTable) c).withRoutes(routes);
                        });
        assertThat(Tracer.trace(same, EGRESS).reachable()).isTrue();
    }

    @Test
    void aTableOfAnotherVpcNeverRoutesTheTrafficEnteringThroughAGateway() throws Exception {
        // rt-foreign, a table of vpc-app, lists igw-inspect of vpc-inspect: AWS refuses that
        // association, so the traffic entering vpc-inspect goes straight to its destination
        // instead of being looked up in vpc-app's table (which has no route to 10.100.1.20)
        String yaml =
                java.nio.file.Files.readString(Path.of("src/test/resources/gwlb/inspection.yaml"))
                        .replace(
                                "  privateIp: 10.100.1.20\n",
                                "  privateIp: 10.100.1.20\n  publicIp: 203.0.113.99\n")
                        .replace(
                                "    source: 10.100.1.0/24\n",
                                "    source: 10.100.1.0/24\n"
                                        + "  - protocol: tcp\n    ports: '443'\n"
                                        + "    source: 0.0.0.0/0\n")
                        .replace(
                                "  - destination: 10.100.0.0/16\n    target: local\n",
                                "  - destination: 10.100.0.0/16\n    target: local\n"
                                        + "  - destination: 0.0.0.0/0\n"
                                        + "    target: igw-inspect\n"
                                        + "- kind: internetGateway\n  id: igw-inspect\n"
                                        + "  vpc: vpc-inspect\n"
                                        + "- kind: routeTable\n  id: rt-foreign\n"
                                        + "  vpc: vpc-app\n  routes:\n"
                                        + "  - destination: 10.0.0.0/16\n"
                                        + "    target: local\n"
                                        + "  gatewayAssociations:\n  - igw-inspect\n");
        Lab lab = LabReader.read(yaml, "foreign.yaml").lab().orElseThrow();
        Trace t = Tracer.trace(lab, Flow.of("host-internet", "i-appliance-1", Protocol.TCP, 443));
        assertThat(ids(t.path())).contains("igw-inspect").doesNotContain("rt-foreign");
        assertThat(t.reachable()).isTrue();
    }

    @Test
    void anEdgeRouteToAnEndpointOfAnotherVpcIsLeftOut() {
        // rt-edge (vpc-app) sends the application subnet to vpce-gwlb-x of vpc-inspect: AWS refuses
        // the route, so the local route delivers the packet without inspection
        List<Component> out = new ArrayList<>(LAB.components());
        out.add(
                new GatewayLoadBalancerEndpoint(
                        "vpce-gwlb-x",
                        "vpc-inspect",
                        "subnet-appliance-a",
                        "vpce-svc-inspect",
                        "com.amazonaws.vpce.us-east-1.vpce-svc-inspect",
                        "available",
                        dev.vpclab.net.IpAddress.parse("10.100.1.50")));
        Lab lab =
                replace(
                        LAB.withComponents(out),
                        "rt-edge",
                        c -> {
                            List<Route> routes = new ArrayList<>(local());
                            routes.add(route("10.0.2.0/24", "vpce-gwlb-x"));
                            return ((RouteTable) c).withRoutes(routes);
                        });
        Trace t = Tracer.trace(lab, INGRESS);
        assertThat(ids(t.path())).doesNotContain("vpce-gwlb-x");
        Hop edge = t.path().stream().filter(h -> h.id().equals("rt-edge")).findFirst().get();
        assertThat(edge.matched()).contains("10.0.0.0/16 -> local");
    }

    @Test
    void anEndpointInAnotherRegionThanItsServiceCarriesNothing() {
        Lab lab =
                LabReader.read(Path.of("src/test/resources/gwlb/cross-region.yaml"))
                        .lab()
                        .orElseThrow();
        Trace t = Tracer.trace(lab, EGRESS);
        assertThat(t.reachable()).isFalse();
        BlockedAt b = t.blockedAt().orElseThrow();
        assertThat(b.component()).isEqualTo("vpce-gwlb-a");
        assertThat(b.reason()).isEqualTo(ReasonCode.GWLB_ENDPOINT_OTHER_REGION);
        assertThat(b.detail().english()).contains("us-west-2", "us-east-1");
        assertThat(ids(t.path())).doesNotContain("gwlb-inspect", "i-appliance-1");
    }

    @Test
    void theTopologyJoinsTheConsumerToTheInspectionVpcThroughTheEndpoint() {
        LabGraph graph = LabGraph.of(LAB);
        assertThat(graph.connected("i-web", "i-appliance-1")).isTrue();
        assertThat(graph.connected("vpce-gwlb-a", "gwlb-inspect")).isTrue();
    }

    private static List<Route> local() {
        return List.of(route("10.0.0.0/16", Route.LOCAL));
    }

    private static Route route(String destination, String target) {
        return new Route(new AddressSet.Block(Cidr.parse(destination)), target, RouteOrigin.STATIC);
    }

    @Test
    void aPacketAddressedToTheEndpointItselfIsRefusedThereNotLoopedThroughInspection() {
        Trace t = Tracer.trace(LAB, Flow.of("i-web", "10.0.1.5", Protocol.TCP, 443));
        BlockedAt b = t.blockedAt().orElseThrow();
        assertThat(b.component()).isEqualTo("vpce-gwlb-a");
        assertThat(b.reason()).isEqualTo(ReasonCode.NO_INTERFACE_FOR_DESTINATION);
        assertThat(b.detail().english()).contains("not a destination of its own");
        assertThat(t.path()).extracting(Hop::id).doesNotContain("gwlb-inspect");
    }
}
