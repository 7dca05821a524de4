package dev.vpclab.check;

import static dev.vpclab.check.Expect.only;
import static dev.vpclab.check.TestLabs.igw;
import static dev.vpclab.check.TestLabs.peering;
import static dev.vpclab.check.TestLabs.privateNat;
import static dev.vpclab.check.TestLabs.vpc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.NatConnectivity;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionCheckTest {

    @Test
    void peeringAVpcWithItselfIsRefused() {
        only(
                TestLabs.minimal().add(peering("pcx-x", "vpc-main", "vpc-main")).check(),
                Severity.ERROR,
                "PEERING_SAME_VPC",
                "pcx-x",
                "accepter");
    }

    @Test
    void peeringOverlappingIpv6BlocksIsRefused() {
        List<Problem> problems =
                TestLabs.minimal()
                        .add(
                                vpc(
                                        "vpc-a",
                                        TestLabs.REGION,
                                        "10.5.0.0/16",
                                        Optional.of("2600:1f18:1::/56"),
                                        true),
                                vpc(
                                        "vpc-b",
                                        TestLabs.REGION,
                                        "10.6.0.0/16",
                                        Optional.of("2600:1f18:1::/56"),
                                        true),
                                peering("pcx-ab", "vpc-a", "vpc-b"))
                        .check();
        only(problems, Severity.ERROR, "VPC_PEERING_CIDR_OVERLAP", "pcx-ab", "accepter");
    }

    @Test
    void secondPeeringBetweenTheSameVpcsIsRefused() {
        List<Problem> problems =
                TestLabs.minimal()
                        .add(
                                vpc("vpc-other", "10.5.0.0/16"),
                                peering("pcx-1", "vpc-main", "vpc-other"),
                                peering("pcx-2", "vpc-other", "vpc-main"))
                        .check();
        only(problems, Severity.ERROR, "PEERING_DUPLICATE", "pcx-2", "accepter");
    }

    @Test
    void aFailedPeeringDoesNotCountAsTheFirstOne() {
        List<Problem> problems =
                TestLabs.minimal()
                        .add(
                                vpc("vpc-other", "10.5.0.0/16"),
                                new VpcPeering("pcx-1", "vpc-main", "vpc-other", "rejected", false),
                                peering("pcx-2", "vpc-other", "vpc-main"))
                        .check();
        assertThat(problems).isEmpty();
    }

    @Test
    void publicNatGatewayWithoutElasticIpIsRefused() {
        NatGateway nat =
                new NatGateway(
                        "nat-x",
                        "subnet-b",
                        NatConnectivity.PUBLIC,
                        IpAddress.parse("10.0.2.10"),
                        Optional.empty());
        only(
                TestLabs.minimal().add(nat).check(),
                Severity.ERROR,
                "PUBLIC_NAT_WITHOUT_EIP",
                "nat-x",
                "connectivity");
    }

    @Test
    void privateNatGatewayWithElasticIpIsRefused() {
        NatGateway nat =
                new NatGateway(
                        "nat-x",
                        "subnet-b",
                        NatConnectivity.PRIVATE,
                        IpAddress.parse("10.0.2.10"),
                        Optional.of(IpAddress.parse("203.0.113.9")));
        only(
                TestLabs.minimal().add(nat).check(),
                Severity.ERROR,
                "PRIVATE_NAT_WITH_EIP",
                "nat-x",
                "elasticIp");
        assertThat(TestLabs.minimal().add(privateNat("nat-x", "subnet-b", "10.0.2.10")).check())
                .isEmpty();
    }

    @Test
    void secondInternetGatewayInAVpcIsRefused() {
        only(
                TestLabs.minimal().add(igw("igw-1", "vpc-main"), igw("igw-2", "vpc-main")).check(),
                Severity.ERROR,
                "ONE_GATEWAY_PER_VPC",
                "igw-2",
                "vpc");
    }

    @Test
    void transitGatewayAttachmentWithTwoSubnetsInOneAzIsRefused() {
        List<Problem> problems =
                TestLabs.minimal()
                        .add(
                                TestLabs.subnet(
                                        "subnet-c",
                                        "vpc-main",
                                        "10.0.3.0/24",
                                        "a",
                                        "use1-az1",
                                        "rt-main"),
                                new TransitGateway("tgw-x", TestLabs.REGION, List.of()),
                                new TransitGatewayAttachment(
                                        "tgw-att",
                                        "tgw-x",
                                        "vpc-main",
                                        List.of("subnet-a", "subnet-c"),
                                        ""))
                        .check();
        only(
                problems,
                Severity.ERROR,
                "TGW_ATTACHMENT_TWO_SUBNETS_IN_ONE_AZ",
                "tgw-att",
                "subnets[1]");
    }

    @Test
    void transitGatewayAttachmentOfAVpcInAnotherRegionIsRefused() {
        List<Problem> problems =
                TestLabs.minimal()
                        .add(
                                new TransitGateway("tgw-x", "eu-west-1", List.of()),
                                new TransitGatewayAttachment(
                                        "tgw-att", "tgw-x", "vpc-main", List.of("subnet-a"), ""))
                        .check();
        only(problems, Severity.ERROR, "TGW_REGION_MISMATCH", "tgw-att", "vpc");
    }
}
