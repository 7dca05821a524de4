package dev.vpclab.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.model.AwsService;
import dev.vpclab.model.Component;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.Lab;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.VpnConnection;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.Protocol;
import dev.vpclab.routing.ReasonCode;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hub-and-spoke transit gateway (central NAT and a central S3 gateway endpoint in the egress
 * VPC), a VPN on the transit gateway, a VPN on a virtual private gateway, and S3 buckets with a
 * Region and a policy, written from the EC2 and S3 API reference.
 */
class TransitImportTest {
    static final Path FIXTURE = Path.of("src/test/resources/import/aws-transit");
    static final String TGW = "tgw-0262a0e521EXAMPLE";
    static final String SPOKE = "i-0a0a5e1b2c3d4e5f6";
    static final String VPN_HOST = "i-0d0d5e1b2c3d4e5f6";

    static ImportResult result;
    static Lab lab;

    @BeforeAll
    static void importIt() throws Exception {
        result = AwsDescribeImporter.importFrom(FIXTURE);
        lab = ImportedLabs.savedAndLoaded(result.lab());
    }

    @Test
    void theTransitGatewayTablesHaveTheirRoutesAssociationsAndRebuiltPropagations() {
        TransitGateway tgw = lab.component(TGW, TransitGateway.class).orElseThrow();
        TransitGateway.RouteTableEntry spoke = tgw.routeTables().get(0);
        // The VPN attachment is the VPN connection in the lab.
        assertThat(spoke.routes())
                .extracting(r -> r.destination() + " -> " + r.target())
                .containsExactly(
                        "0.0.0.0/0 -> tgw-attach-0e0e5e1b2c3d4e5f6",
                        "192.168.0.0/16 -> vpn-0f0f5e1b2c3d4e5f6",
                        "10.99.0.0/16 -> blackhole");
        TransitGateway.RouteTableEntry hub = tgw.routeTables().get(1);
        assertThat(hub.associations())
                .containsExactlyInAnyOrder("tgw-attach-0e0e5e1b2c3d4e5f6", "vpn-0f0f5e1b2c3d4e5f6");
        assertThat(hub.routes())
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.target()).isEqualTo("tgw-attach-0a0a5e1b2c3d4e5f6");
                            assertThat(r.origin()).isEqualTo(RouteOrigin.PROPAGATED);
                        });
        assertThat(lab.component("tgw-attach-0a0a5e1b2c3d4e5f6", TransitGatewayAttachment.class))
                .hasValueSatisfying(
                        a -> assertThat(a.subnets()).containsExactly("subnet-0a2tgw000000000a"));
        assertThat(result.report().with(Outcome.IGNORED))
                .anyMatch(e -> e.message().english().contains("of type direct-connect-gateway"));
    }

    @Test
    void eachCustomerGatewayIsTheEndOfAnOnPremisesNetwork() {
        OnPremisesNetwork dc =
                lab.component("cgw-0e0e5e1b2c3d4e5f6", OnPremisesNetwork.class).orElseThrow();
        assertThat(dc.cidr().toString()).isEqualTo("192.168.0.0/16");
        assertThat(dc.routes())
                .extracting(r -> r.destination().toString())
                .containsExactly("10.0.0.0/16", "10.1.0.0/16");
        VpnConnection v = lab.component("vpn-0d0d5e1b2c3d4e5f6", VpnConnection.class).orElseThrow();
        assertThat(v.routing()).isEqualTo("static");
        assertThat(v.customerGatewayIp().toString()).isEqualTo("198.51.100.77");
        // describe-addresses gives the instance its Elastic IP; the spoke has an egress-only IGW.
        assertThat(lab.component(VPN_HOST, Instance.class).orElseThrow().publicIp())
                .contains(IpAddress.parse("198.51.100.50"));
        assertThat(lab.component("eigw-015e0e244e24dfe8a", EgressOnlyInternetGateway.class))
                .hasValueSatisfying(g -> assertThat(g.vpc()).isEqualTo("vpc-0a0a5e1b2c3d4e5f6"));
        // The VGW's VPN routes were not in the route table output: propagation rebuilds them.
        RouteTable rt = lab.component("rtb-0d1vpn0000000000", RouteTable.class).orElseThrow();
        assertThat(rt.routes())
                .anyMatch(
                        r ->
                                r.target().equals("vgw-0d0d5e1b2c3d4e5f6")
                                        && r.origin() == RouteOrigin.PROPAGATED
                                        && r.destination().toString().equals("172.16.0.0/16"));
    }

    @Test
    void bucketsGoToTheirRegionsServiceWithTheirPolicy() {
        AwsService east = lab.component("s3-us-east-1", AwsService.class).orElseThrow();
        assertThat(east.resources())
                .singleElement()
                .satisfies(
                        b -> {
                            assertThat(b.name()).isEqualTo("my-bucket");
                            assertThat(b.policy()).isPresent();
                        });
        AwsService eu = lab.component("s3-eu-west-1", AwsService.class).orElseThrow();
        assertThat(eu.resources()).extracting(AwsService.Resource::name).containsExactly("eu-logs");
    }

    @Test
    void theSpokeReachesTheInternetThroughTheCentralNatAndTheReplyComesBack() {
        // An export holds no internet host: the user adds the one to reach, as in the app.
        List<Component> withHost = new ArrayList<>(lab.components());
        withHost.add(new InternetHost("web", IpAddress.parse("203.0.113.10"), Optional.empty()));
        Trace t =
                Tracer.trace(
                        lab.withComponents(withHost),
                        Flow.of(SPOKE, "203.0.113.10", Protocol.TCP, 443));
        assertThat(t.reachable()).isTrue();
        assertThat(t.pathIds())
                .containsSubsequence(
                        "rtb-0a1spoke000000000",
                        TGW,
                        "tgw-attach-0e0e5e1b2c3d4e5f6",
                        "rtb-0e2tgw0000000000",
                        "nat-0e0e5e1b2c3d4e5f6",
                        "igw-0e0e5e1b2c3d4e5f6");
    }

    @Test
    void theCentralGatewayEndpointIsNotUsableAcrossTheTransitGateway() {
        // AWS: gateway endpoints are not reachable from outside their VPC (through a TGW).
        Trace t =
                Tracer.trace(
                        lab,
                        Flow.of(SPOKE, "my-bucket.s3.us-east-1.amazonaws.com", Protocol.TCP, 443));
        assertThat(t.reachable()).isFalse();
        assertThat(t.blockedAt().orElseThrow().component()).isEqualTo("vpce-0e0e5e1b2c3d4e5f6");
        assertThat(t.blockedAt().orElseThrow().reason())
                .isEqualTo(ReasonCode.GATEWAY_ENDPOINT_NOT_TRANSITIVE);
    }

    @Test
    void vpnRoutesLeadOnPremisesAndTheBlackholeDrops() {
        Trace viaTgw = Tracer.trace(lab, Flow.of(SPOKE, "192.168.10.20", Protocol.TCP, 443));
        assertThat(viaTgw.pathIds())
                .containsSubsequence(TGW, "vpn-0f0f5e1b2c3d4e5f6", "cgw-0e0e5e1b2c3d4e5f6");
        // The export holds no on-premises host: the packet gets to the network and no further.
        assertThat(viaTgw.blockedAt().orElseThrow().reason())
                .isEqualTo(ReasonCode.NO_INTERFACE_FOR_DESTINATION);
        Trace viaVgw = Tracer.trace(lab, Flow.of(VPN_HOST, "172.16.5.5", Protocol.TCP, 22));
        assertThat(viaVgw.pathIds())
                .containsSubsequence(
                        "vgw-0d0d5e1b2c3d4e5f6", "vpn-0d0d5e1b2c3d4e5f6", "cgw-0d0d5e1b2c3d4e5f6");
        Trace blackhole = Tracer.trace(lab, Flow.of(SPOKE, "10.99.1.1", Protocol.TCP, 443));
        assertThat(blackhole.blockedAt().orElseThrow().reason())
                .isEqualTo(ReasonCode.TGW_BLACKHOLE_ROUTE);
    }

    @Test
    void thePeeredVpcIsReachedOverThePeeringWhereItsGroupAllows() {
        // The /16 peering route beats the spoke's default route to the transit gateway.
        Trace https = Tracer.trace(lab, Flow.of(SPOKE, "10.2.1.10", Protocol.TCP, 443));
        assertThat(https.reachable()).isTrue();
        assertThat(https.pathIds()).contains("pcx-0d0a5e1b2c3d4e5f6").doesNotContain(TGW);
        // Its group admits SSH from the office only.
        Trace ssh = Tracer.trace(lab, Flow.of(SPOKE, "10.2.1.10", Protocol.TCP, 22));
        assertThat(ssh.reachable()).isFalse();
        assertThat(ssh.blockedAt().orElseThrow().component()).isEqualTo("sg-0d0d5e1b2c3d4e5f6");
    }
}
