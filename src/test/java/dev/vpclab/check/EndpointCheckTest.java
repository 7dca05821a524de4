package dev.vpclab.check;

import static dev.vpclab.check.Expect.only;
import static dev.vpclab.check.TestLabs.endpointService;
import static dev.vpclab.check.TestLabs.eni;
import static dev.vpclab.check.TestLabs.gatewayEndpoint;
import static dev.vpclab.check.TestLabs.interfaceEndpoint;
import static dev.vpclab.check.TestLabs.local;
import static dev.vpclab.check.TestLabs.nlb;
import static dev.vpclab.check.TestLabs.node;
import static dev.vpclab.check.TestLabs.prefixList;
import static dev.vpclab.check.TestLabs.route;
import static dev.vpclab.check.TestLabs.routeTable;
import static dev.vpclab.check.TestLabs.subnet;
import static dev.vpclab.check.TestLabs.vpc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Policy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndpointCheckTest {

    /**
     * Removing a principal "does not affect existing connections ... that were previously accepted"
     * (PrivateLink guide): the trace still flows, but check warns that a new endpoint from the same
     * account would be refused.
     */
    @Test
    void endpointOfAnAccountNoLongerAllowedIsWarnedNotRefused() throws Exception {
        var file =
                java.nio.file.Path.of(
                        EndpointCheckTest.class
                                .getResource(
                                        "/scenarios-extra/"
                                                + "privatelink-principal-removed-after-acceptance-still-flows.yaml")
                                .toURI());
        var lab = dev.vpclab.format.LabReader.read(file).lab().orElseThrow();
        only(
                LabChecker.check(lab),
                Severity.WARNING,
                ProblemCodes.ENDPOINT_SERVICE_PRINCIPAL_NOT_ALLOWED,
                "vpce-app",
                "service");
    }

    @Test
    void eniWhoseAzIdDiffersFromItsSubnetIsRefused() {
        List<Problem> problems =
                TestLabs.minimal()
                        .add(
                                interfaceEndpoint(
                                        "vpce-sts",
                                        "vpc-main",
                                        "sts",
                                        false,
                                        eni("eni-a", "subnet-a", "a", "use1-az4", "10.0.1.20")))
                        .check();
        only(problems, Severity.ERROR, "SUBNET_AZ_MISMATCH", "vpce-sts", "enis[0].azId");
    }

    @Test
    void twoEnisInOneAvailabilityZoneAreRefused() {
        List<Problem> problems =
                TestLabs.minimal()
                        .add(
                                subnet(
                                        "subnet-c",
                                        "vpc-main",
                                        "10.0.3.0/24",
                                        "a",
                                        "use1-az1",
                                        "rt-main"),
                                interfaceEndpoint(
                                        "vpce-sts",
                                        "vpc-main",
                                        "sts",
                                        false,
                                        eni("eni-a", "subnet-a", "a", "use1-az1", "10.0.1.20"),
                                        eni("eni-c", "subnet-c", "a", "use1-az1", "10.0.3.20")))
                        .check();
        only(problems, Severity.ERROR, "TWO_ENIS_IN_ONE_AZ", "vpce-sts", "enis[1].subnet");
    }

    @Test
    void privateDnsInAVpcWithoutDnsHostnamesIsRefused() {
        List<Problem> problems =
                TestLabs.minimal()
                        .replace(
                                vpc(
                                        "vpc-main",
                                        TestLabs.REGION,
                                        "10.0.0.0/16",
                                        Optional.empty(),
                                        false))
                        .add(
                                interfaceEndpoint(
                                        "vpce-sts",
                                        "vpc-main",
                                        "sts",
                                        true,
                                        eni("eni-a", "subnet-a", "a", "use1-az1", "10.0.1.20")))
                        .check();
        only(
                problems,
                Severity.ERROR,
                "PRIVATE_DNS_REQUIRES_VPC_DNS_ATTRIBUTES",
                "vpce-sts",
                "privateDns");
    }

    @Test
    void endpointInAZoneWhereTheServiceIsNotAvailableIsRefused() {
        List<Problem> problems =
                ValidLabs.everyKind()
                        .replace(
                                endpointService(
                                        "vpce-svc-app",
                                        "vpc-provider",
                                        List.of("use1-az1"),
                                        "nlb-app"))
                        .check();
        Problem p =
                only(
                        problems,
                        Severity.ERROR,
                        "VPCE_SERVICE_NOT_INSTALLED_IN_AZ",
                        "vpce-app",
                        "subnets[1]");
        assertThat(p.message().english())
                .isEqualTo(
                        "subnet-b is in use1-az2 (named us-east-1b in the consumer account);"
                                + " vpce-svc-app supports use1-az1 only.");
    }

    @Test
    void serviceZonesDefaultToTheZonesOfItsLoadBalancer() {
        List<Problem> problems =
                ValidLabs.everyKind()
                        .replace(
                                nlb(
                                        "nlb-app",
                                        "vpc-provider",
                                        node("subnet-provider-a", "use1-az1", "10.1.1.100")),
                                endpointService(
                                        "vpce-svc-app", "vpc-provider", List.of(), "nlb-app"))
                        .check();
        only(
                problems,
                Severity.ERROR,
                "VPCE_SERVICE_NOT_INSTALLED_IN_AZ",
                "vpce-app",
                "subnets[1]");
    }

    @Test
    void inboundOnlyPrivateDnsWithoutAGatewayEndpointIsRefused() {
        InterfaceEndpoint base =
                interfaceEndpoint(
                        "vpce-s3-if",
                        "vpc-main",
                        "s3",
                        true,
                        eni("eni-a", "subnet-a", "a", "use1-az1", "10.0.1.20"));
        InterfaceEndpoint inboundOnly =
                new InterfaceEndpoint(
                        base.id(),
                        base.vpc(),
                        base.service(),
                        base.serviceName(),
                        base.subnets(),
                        base.enis(),
                        base.securityGroups(),
                        true,
                        true,
                        base.state(),
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        base.policy());
        only(
                TestLabs.minimal().add(inboundOnly).check(),
                Severity.ERROR,
                "INBOUND_ONLY_PRIVATE_DNS_INVALID",
                "vpce-s3-if",
                "privateDnsOnlyForInboundResolverEndpoint");
    }

    /** The minimal lab with a gateway endpoint and its route in rt-main. */
    private static TestLabs withGatewayEndpoint(GatewayEndpoint e) {
        return TestLabs.minimal()
                .replace(
                        routeTable(
                                "rt-main", "vpc-main", local("10.0.0.0/16"), route("pl-x", e.id())))
                .add(prefixList("pl-x", TestLabs.REGION, "52.216.0.0/15"), e);
    }

    @Test
    void gatewayEndpointForAnotherServiceIsRefused() {
        only(
                withGatewayEndpoint(
                                gatewayEndpoint("vpce-sqs", "vpc-main", "sqs", "pl-x", "rt-main"))
                        .check(),
                Severity.ERROR,
                "GATEWAY_ENDPOINT_SERVICE",
                "vpce-sqs",
                "service");
    }

    @Test
    void gatewayEndpointOfAnotherRegionIsRefused() {
        GatewayEndpoint e =
                new GatewayEndpoint(
                        "vpce-s3",
                        "vpc-main",
                        "s3",
                        "eu-west-1",
                        "com.amazonaws.eu-west-1.s3",
                        List.of("rt-main"),
                        "pl-x",
                        new Policy.DefaultFullAccess(),
                        "ipv4",
                        "service-defined");
        only(
                withGatewayEndpoint(e).check(),
                Severity.ERROR,
                "GATEWAY_ENDPOINT_REGION_MISMATCH",
                "vpce-s3",
                "region");
    }

    @Test
    void dynamodbGatewayEndpointOnlyServesIpv4WithServiceDefinedRecords() {
        GatewayEndpoint e =
                new GatewayEndpoint(
                        "vpce-ddb",
                        "vpc-main",
                        "dynamodb",
                        TestLabs.REGION,
                        "com.amazonaws.us-east-1.dynamodb",
                        List.of("rt-main"),
                        "pl-x",
                        new Policy.DefaultFullAccess(),
                        "dualstack",
                        "ipv4");
        List<Problem> problems = withGatewayEndpoint(e).check();
        assertThat(problems)
                .extracting(Problem::code, Problem::field)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(
                                "GATEWAY_ENDPOINT_DNS_RECORD_IP_TYPE",
                                Optional.of("dnsRecordIpType")),
                        org.assertj.core.api.Assertions.tuple(
                                "GATEWAY_ENDPOINT_IP_ADDRESS_TYPE", Optional.of("ipAddressType")));
    }

    @Test
    void loadBalancerOfTwoEndpointServicesIsRefused() {
        List<Problem> problems =
                ValidLabs.everyKind()
                        .add(
                                endpointService(
                                        "vpce-svc-two",
                                        "vpc-provider",
                                        List.of("use1-az1"),
                                        "nlb-app"))
                        .check();
        only(problems, Severity.ERROR, "NLB_ONE_SERVICE", "vpce-svc-two", "nlbs[0]");
    }

    @Test
    void endpointServiceWithoutLoadBalancerIsRefused() {
        List<Problem> problems =
                ValidLabs.everyKind()
                        .add(endpointService("vpce-svc-empty", "vpc-provider", List.of("use1-az1")))
                        .check();
        only(
                problems,
                Severity.ERROR,
                "ENDPOINT_SERVICE_WITHOUT_LOAD_BALANCER",
                "vpce-svc-empty",
                "nlbs");
    }

    /** The service's allowed principals as AWS would take them, the zones of the valid lab. */
    private static List<Problem> withPrincipals(String... principals) {
        return ValidLabs.everyKind()
                .replace(
                        new dev.vpclab.model.EndpointService(
                                "vpce-svc-app",
                                "com.amazonaws.vpce.us-east-1.vpce-svc-app",
                                "vpc-provider",
                                List.of("nlb-app"),
                                false,
                                List.of(principals),
                                List.of("use1-az1", "use1-az2")))
                .check();
    }

    /**
     * R-ES-2: AWS takes the ARN of a principal (account root, user, role, organization or OU, a
     * service principal) or * for everyone; any other text is refused, named at its place.
     */
    @Test
    void anAllowedPrincipalThatIsNoArnIsRefusedWithTheFormAwsWants() {
        Problem p =
                only(
                        withPrincipals("*", "my-partner"),
                        Severity.ERROR,
                        "ENDPOINT_SERVICE_PRINCIPAL_INVALID",
                        "vpce-svc-app",
                        "allowedPrincipals[1]");
        assertThat(p.message().english())
                .startsWith("'my-partner' is not a principal AWS accepts")
                .contains("arn:aws:iam::123456789012:root", "*");
        assertThat(p.message().render(java.util.Locale.KOREAN)).contains("'my-partner'", "ARN");
        for (String bad :
                List.of(
                        "arn:aws:iam::1234:root",
                        "arn:aws:iam::123456789012",
                        "123456789012",
                        "arn:aws:s3:::my-bucket",
                        "**")) {
            assertThat(withPrincipals(bad))
                    .as(bad)
                    .extracting(Problem::code)
                    .containsExactly("ENDPOINT_SERVICE_PRINCIPAL_INVALID");
        }
    }

    @Test
    void everyPrincipalFormAwsTakesIsAccepted() {
        assertThat(
                        withPrincipals(
                                "*",
                                "arn:aws:iam::123456789012:root",
                                "arn:aws:iam::123456789012:role/partner-app",
                                "arn:aws:iam::123456789012:user/ops/alice",
                                "arn:aws-cn:iam::123456789012:root",
                                "arn:aws:organizations::123456789012:organization/o-a1b2c3d4e5",
                                "elasticloadbalancing.amazonaws.com"))
                .isEmpty();
    }
}
