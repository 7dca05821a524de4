package dev.vpclab.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.Flow;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.Protocol;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer account with interface endpoints (one to a provider's endpoint service, one to SSM
 * with private DNS) and a provider account with an NLB and its endpoint service, in the {@code
 * accounts/<id>/<region>/} layout, written from the EC2 and ELBv2 API reference.
 */
class PrivateLinkImportTest {
    static final Path FIXTURE = Path.of("src/test/resources/import/aws-privatelink");
    static final String ENDPOINT = "vpce-0a1b2c3d4e5f6a7b8";
    static final String SSM = "vpce-0f9e8d7c6b5a4f3e2";
    static final String SERVICE = "vpce-svc-0a0b0c0d0e0f01234";
    static final String NLB =
            "arn:aws:elasticloadbalancing:us-east-1:444455556666:loadbalancer/net/app-nlb/50dc6c495c0c9188";
    static final String CLIENT = "i-0c11e47a1b2c3d4e5";
    static final String TARGET = "i-0a7a1b2c3d4e5f6a7";

    static ImportResult result;
    static Lab lab;

    @BeforeAll
    static void importIt() throws Exception {
        result = AwsDescribeImporter.importFrom(FIXTURE);
        lab = ImportedLabs.savedAndLoaded(result.lab());
    }

    @Test
    void theEndpointsTakeTheirAddressesFromTheirNetworkInterfaces() {
        InterfaceEndpoint e = lab.component(ENDPOINT, InterfaceEndpoint.class).orElseThrow();
        assertThat(e.service()).isEqualTo(SERVICE);
        assertThat(e.enis())
                .singleElement()
                .satisfies(
                        n -> {
                            assertThat(n.ip()).isEqualTo(IpAddress.parse("10.0.20.15"));
                            assertThat(n.azId()).isEqualTo("use1-az1");
                        });
        assertThat(e.regionalDnsName())
                .contains(
                        "vpce-0a1b2c3d4e5f6a7b8-x1y2z3w4.vpce-svc-0a0b0c0d0e0f01234.us-east-1.vpce.amazonaws.com");
        assertThat(e.zonalDnsNames()).hasSize(1);
        InterfaceEndpoint ssm = lab.component(SSM, InterfaceEndpoint.class).orElseThrow();
        assertThat(ssm.service()).isEqualTo("ssm");
        assertThat(ssm.privateDns()).isTrue();
        assertThat(lab.component("vpc-0c0a5e1b2c3d4e5f6", Vpc.class).orElseThrow().account())
                .contains("111122223333");
    }

    @Test
    void theLoadBalancerHasANodePerZoneTheListenerAndTheRegisteredTarget() {
        NetworkLoadBalancer nlb = lab.component(NLB, NetworkLoadBalancer.class).orElseThrow();
        // The first zone gives no address: the node's address is its interface's.
        assertThat(nlb.nodes())
                .extracting(n -> n.ip().toString())
                .containsExactly("10.1.1.100", "10.1.2.100");
        assertThat(nlb.crossZone()).isFalse();
        assertThat(nlb.listeners())
                .singleElement()
                .satisfies(l -> assertThat(l.port()).isEqualTo(443));
        assertThat(nlb.targetGroups().get(0).targets())
                .extracting(NetworkLoadBalancer.Target::id)
                .containsExactly(TARGET);
        EndpointService s = lab.component(SERVICE, EndpointService.class).orElseThrow();
        assertThat(s.providerVpc()).isEqualTo("vpc-0b0a5e1b2c3d4e5f6");
        assertThat(s.allowedPrincipals()).containsExactly("arn:aws:iam::111122223333:root");
        assertThat(s.availabilityZoneIds()).containsExactly("use1-az1", "use1-az2");
    }

    @Test
    void theReportSaysWhoseEachInterfaceIsAndWhatTheLabDoesNotModel() {
        assertThat(result.report().with(Outcome.READ))
                .anyMatch(
                        e ->
                                e.message()
                                        .english()
                                        .equals(
                                                "eni-0f1e2d3c4b5a69788: the network interface of net/app-nlb/50dc6c495c0c9188."));
        assertThat(result.report().with(Outcome.IGNORED))
                .anyMatch(
                        e ->
                                e.message()
                                        .english()
                                        .startsWith(
                                                "eni-0aaaa1111bbbb2222 is a network interface of type lambda"))
                .anyMatch(
                        e ->
                                e.message()
                                        .english()
                                        .contains(
                                                "web-alb/1a2b3c4d5e6f7a8b is a load balancer of type application"));
    }

    @Test
    void theConsumerReachesTheProviderThroughTheEndpointServiceAndTheNlb() {
        // R-IF-7: the endpoint-specific name is public and answers the endpoint's private IP;
        // R-ES-1..5: endpoint -> service (principal allowed, accepted) -> NLB node -> target.
        Trace t =
                Tracer.trace(
                        lab,
                        Flow.of(
                                CLIENT,
                                "vpce-0a1b2c3d4e5f6a7b8-x1y2z3w4.vpce-svc-0a0b0c0d0e0f01234.us-east-1.vpce.amazonaws.com",
                                Protocol.TCP,
                                443));
        assertThat(t.reachable()).isTrue();
        assertThat(t.pathIds()).containsSubsequence(ENDPOINT, SERVICE, NLB, TARGET);
        assertThat(t.sourceIpSeen()).contains(IpAddress.parse("10.1.1.100"));
    }

    @Test
    void privateDnsSendsSsmToTheEndpointAndItsSecurityGroupBlocksOtherPorts() {
        Trace ssm =
                Tracer.trace(
                        lab, Flow.of(CLIENT, "ssm.us-east-1.amazonaws.com", Protocol.TCP, 443));
        assertThat(ssm.reachable()).isTrue();
        assertThat(ssm.dns().orElseThrow().answer()).containsExactly(IpAddress.parse("10.0.20.16"));
        // The endpoints' group admits 443 only (R-IF-3).
        Trace http =
                Tracer.trace(lab, Flow.of(CLIENT, "ssm.us-east-1.amazonaws.com", Protocol.TCP, 80));
        assertThat(http.reachable()).isFalse();
        assertThat(http.blockedAt().orElseThrow().component()).isEqualTo("sg-0e9d0a1b2c3d4e5f6");
    }

    @Test
    void withoutVpcAttributesAnEndpointWithPrivateDnsSaysBothDnsAttributesAreOn(@TempDir Path dir)
            throws Exception {
        Path consumer = FIXTURE.resolve("accounts/111122223333/us-east-1");
        Path copy = Files.createDirectories(dir.resolve("us-east-1"));
        try (var files = Files.list(consumer)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().startsWith("dns-")) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
        }
        ImportResult r = AwsDescribeImporter.importFrom(dir);
        // AWS enables private DNS only in a VPC with DNS support and hostnames on (R-IF-6).
        Vpc vpc = r.lab().component("vpc-0c0a5e1b2c3d4e5f6", Vpc.class).orElseThrow();
        assertThat(vpc.enableDnsHostnames()).isTrue();
        assertThat(vpc.enableDnsSupport()).isTrue();
        assertThat(r.report().with(Outcome.ASSUMED))
                .anyMatch(
                        e ->
                                e.message()
                                        .english()
                                        .contains("an interface endpoint has private DNS on"));
        // The provider's service is not in this export: the endpoint to it is left out, said so.
        assertThat(r.lab().component(ENDPOINT, InterfaceEndpoint.class)).isEmpty();
        assertThat(r.report().with(Outcome.IGNORED))
                .anyMatch(
                        e ->
                                e.message()
                                        .english()
                                        .equals(
                                                ENDPOINT
                                                        + " needs "
                                                        + SERVICE
                                                        + ", which the export does not hold."));
        ImportedLabs.savedAndLoaded(r.lab());
    }
}
