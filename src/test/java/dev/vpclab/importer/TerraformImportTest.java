package dev.vpclab.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.model.Component;
import dev.vpclab.model.Flow;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.Lab;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.Protocol;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transit network of {@link TransitImportTest} written as {@code terraform show -json} state
 * (root module and two child modules, routes and rules as separate resources, default tables AWS
 * made and state only names): the lab traces every flow as the describe export's does.
 */
class TerraformImportTest {
    static final Path STATE = Path.of("src/test/resources/import/terraform/transit.tfstate.json");

    static ImportResult fromState;
    static Lab state;
    static Lab describe;

    @TempDir Path dir;

    @BeforeAll
    static void importBoth() throws Exception {
        fromState = TerraformImporter.importFrom(STATE);
        state = withInternetHost(ImportedLabs.savedAndLoaded(fromState.lab()));
        describe =
                withInternetHost(
                        ImportedLabs.savedAndLoaded(
                                AwsDescribeImporter.importFrom(TransitImportTest.FIXTURE).lab()));
    }

    static Lab withInternetHost(Lab lab) {
        List<Component> all = new ArrayList<>(lab.components());
        all.add(new InternetHost("web", IpAddress.parse("203.0.113.10"), Optional.empty()));
        return lab.withComponents(all);
    }

    @Test
    void theStateAndTheDescribeExportGiveTheSameVerdictsHopByHop() {
        List<Flow> flows =
                List.of(
                        Flow.of(TransitImportTest.SPOKE, "203.0.113.10", Protocol.TCP, 443),
                        Flow.of(
                                TransitImportTest.SPOKE,
                                "my-bucket.s3.us-east-1.amazonaws.com",
                                Protocol.TCP,
                                443),
                        Flow.of(TransitImportTest.SPOKE, "192.168.10.20", Protocol.TCP, 443),
                        Flow.of(TransitImportTest.VPN_HOST, "172.16.5.5", Protocol.TCP, 22),
                        Flow.of(TransitImportTest.SPOKE, "10.99.1.1", Protocol.TCP, 443),
                        Flow.of(TransitImportTest.SPOKE, "10.2.1.10", Protocol.TCP, 22),
                        Flow.of(TransitImportTest.SPOKE, "10.2.1.10", Protocol.TCP, 443));
        for (Flow f : flows) {
            Trace a = Tracer.trace(state, f);
            Trace b = Tracer.trace(describe, f);
            assertThat(a.reachable()).as(f.to()).isEqualTo(b.reachable());
            assertThat(a.blockedAt().map(x -> x.component() + " " + x.reason()))
                    .as(f.to())
                    .isEqualTo(b.blockedAt().map(x -> x.component() + " " + x.reason()));
            assertThat(a.pathIds()).as(f.to()).isEqualTo(b.pathIds());
        }
        assertThat(Tracer.trace(state, flows.get(0)).reachable()).isTrue();
    }

    @Test
    void aPrivateLinkProviderAndConsumerAsStateTraceAsTheirDescribeExportDoes() throws Exception {
        Lab fromTf =
                ImportedLabs.savedAndLoaded(
                        TerraformImporter.importFrom(
                                        Path.of(
                                                "src/test/resources/import/terraform/privatelink.tfstate.json"))
                                .lab());
        Lab fromDescribe =
                ImportedLabs.savedAndLoaded(
                        AwsDescribeImporter.importFrom(PrivateLinkImportTest.FIXTURE).lab());
        String client = PrivateLinkImportTest.CLIENT;
        List<Flow> flows =
                List.of(
                        Flow.of(
                                client,
                                "vpce-0a1b2c3d4e5f6a7b8-x1y2z3w4.vpce-svc-0a0b0c0d0e0f01234.us-east-1.vpce.amazonaws.com",
                                Protocol.TCP,
                                443),
                        Flow.of(client, "ssm.us-east-1.amazonaws.com", Protocol.TCP, 443),
                        Flow.of(client, "ssm.us-east-1.amazonaws.com", Protocol.TCP, 80));
        for (Flow f : flows) {
            Trace a = Tracer.trace(fromTf, f);
            Trace b = Tracer.trace(fromDescribe, f);
            assertThat(a.reachable()).as(f.to() + " " + f.port()).isEqualTo(b.reachable());
            assertThat(a.blockedAt().map(x -> x.component() + " " + x.reason()))
                    .isEqualTo(b.blockedAt().map(x -> x.component() + " " + x.reason()));
            assertThat(a.pathIds()).isEqualTo(b.pathIds());
            assertThat(a.sourceIpSeen()).isEqualTo(b.sourceIpSeen());
        }
        assertThat(Tracer.trace(fromTf, flows.get(0)).pathIds())
                .contains(PrivateLinkImportTest.SERVICE, PrivateLinkImportTest.NLB);
    }

    @Test
    void whatStateLeavesOutIsRebuiltAndReported() {
        // The VPN VPC's main route table is only named by the VPC: added, with the local route,
        // the aws_route to the peering and the route the VPN propagates.
        RouteTable main = state.component("rtb-0d1vpn0000000000", RouteTable.class).orElseThrow();
        assertThat(main.routes())
                .extracting(r -> r.destination() + " -> " + r.target())
                .containsExactly(
                        "10.2.0.0/16 -> local",
                        "10.1.0.0/16 -> pcx-0d0a5e1b2c3d4e5f6",
                        "172.16.0.0/16 -> vgw-0d0d5e1b2c3d4e5f6");
        assertThat(state.component("subnet-0d1app000000000a", Subnet.class).orElseThrow().nacl())
                .isEqualTo("acl-0d0d5e1b2c3d4e5f6");
        assertThat(fromState.report().with(Outcome.ASSUMED))
                .anyMatch(e -> e.message().english().contains("main route table AWS made"))
                .anyMatch(e -> e.message().english().contains("default route table of tgw-"));
        assertThat(fromState.report().with(Outcome.IGNORED))
                .anyMatch(
                        e ->
                                e.message()
                                        .english()
                                        .startsWith(
                                                "the Elastic IP eipalloc-0e0e5e1b is associated with no imported instance"));
    }

    @Test
    void aStateWithAFieldOfTheWrongTypeNamesTheLineAndThePath() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(
                bad,
                "{\"values\": {\"root_module\": {\"resources\": [\n"
                        + "  {\"address\": \"aws_vpc.a\", \"type\": \"aws_vpc\",\n"
                        + "   \"values\": {\"id\": \"vpc-1\", \"cidr_block\": \"10.0.0.0/33\",\n"
                        + "   \"arn\": \"arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-1\"}}]}}}");
        assertThatThrownBy(() -> TerraformImporter.importFrom(bad))
                .isInstanceOf(ImportFailure.class)
                .hasMessageContaining("bad.json:3:")
                .hasMessageContaining("10.0.0.0/33");
        Files.writeString(bad, "{\"values\": {\"root_module\": {\"resources\": [");
        assertThatThrownBy(() -> TerraformImporter.importFrom(bad))
                .isInstanceOf(ImportFailure.class)
                .hasMessageContaining("bad.json:1:");
    }
}
