package dev.vpclab.check;

import static dev.vpclab.check.Expect.only;
import static dev.vpclab.check.TestLabs.eni;
import static dev.vpclab.check.TestLabs.instance;
import static dev.vpclab.check.TestLabs.interfaceEndpoint;
import static dev.vpclab.check.TestLabs.privateNat;
import static dev.vpclab.check.TestLabs.subnet;
import static dev.vpclab.check.TestLabs.vpc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.Instance;
import dev.vpclab.model.Subnet;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddressCheckTest {

    @Test
    void subnetOutsideItsVpcIsRefused() {
        Problem p =
                only(
                        TestLabs.minimal()
                                .replace(
                                        subnet(
                                                "subnet-b",
                                                "vpc-main",
                                                "10.1.2.0/24",
                                                "b",
                                                "use1-az2",
                                                "rt-main"))
                                .check(),
                        Severity.ERROR,
                        "SUBNET_OUTSIDE_VPC",
                        "subnet-b",
                        "cidr");
        assertThat(p.message().english()).contains("10.1.2.0/24").contains("10.0.0.0/16");
    }

    @Test
    void ipv6SubnetBlockOutsideTheVpcIpv6BlockIsRefused() {
        List<Problem> problems =
                TestLabs.minimal()
                        .replace(
                                vpc(
                                        "vpc-main",
                                        TestLabs.REGION,
                                        "10.0.0.0/16",
                                        Optional.of("2600:1f18:1234:5600::/56"),
                                        true),
                                ipv6Subnet("2600:1f18:9999:5601::/64"))
                        .check();
        Expect.has(problems, Severity.ERROR, "SUBNET_OUTSIDE_VPC", "subnet-b", "ipv6Cidr");
    }

    @Test
    void ipv6SubnetBlockInAVpcWithoutIpv6IsRefused() {
        Expect.has(
                TestLabs.minimal().replace(ipv6Subnet("2600:1f18:1234:5601::/64")).check(),
                Severity.ERROR,
                "SUBNET_OUTSIDE_VPC",
                "subnet-b",
                "ipv6Cidr");
    }

    @Test
    void overlappingSubnetsAreReportedOnTheLaterOne() {
        // subnet-b comes later in the file but its block sorts first: the report follows the file.
        Problem p =
                only(
                        TestLabs.minimal()
                                .replace(
                                        subnet(
                                                "subnet-b",
                                                "vpc-main",
                                                "10.0.0.0/20",
                                                "b",
                                                "use1-az2",
                                                "rt-main"))
                                .check(),
                        Severity.ERROR,
                        "SUBNETS_OVERLAP",
                        "subnet-b",
                        "cidr");
        assertThat(p.message().english()).contains("subnet-a");
    }

    @Test
    void subnetsOfDifferentVpcsMayOverlap() {
        List<Problem> problems =
                TestLabs.minimal()
                        .add(
                                vpc("vpc-other", "10.0.0.0/16"),
                                TestLabs.nacl("acl-other", "vpc-other"),
                                TestLabs.routeTable(
                                        "rt-other", "vpc-other", TestLabs.local("10.0.0.0/16")),
                                subnet(
                                        "subnet-other",
                                        "vpc-other",
                                        "10.0.1.0/24",
                                        "a",
                                        "use1-az1",
                                        "rt-other",
                                        "acl-other"))
                        .check();
        assertThat(problems).isEmpty();
    }

    @Test
    void instanceAddressOutsideItsSubnetIsRefused() {
        only(
                TestLabs.minimal()
                        .replace(instance("i-app", "subnet-a", "10.0.2.10", "sg-app"))
                        .check(),
                Severity.ERROR,
                "ADDRESS_OUTSIDE_SUBNET",
                "i-app",
                "privateIp");
    }

    @Test
    void endpointEniAddressOutsideItsSubnetNamesTheEni() {
        only(
                TestLabs.minimal()
                        .add(
                                interfaceEndpoint(
                                        "vpce-sts",
                                        "vpc-main",
                                        "sts",
                                        false,
                                        eni("eni-a", "subnet-a", "a", "use1-az1", "10.0.1.20"),
                                        eni("eni-b", "subnet-b", "b", "use1-az2", "10.0.1.21")))
                        .check(),
                Severity.ERROR,
                "ADDRESS_OUTSIDE_SUBNET",
                "vpce-sts",
                "enis[1].ip");
    }

    @Test
    void instanceIpv6WithoutSubnetIpv6BlockIsOutside() {
        Instance i =
                new Instance(
                        "i-app",
                        "subnet-a",
                        IpAddress.parse("10.0.1.10"),
                        Optional.empty(),
                        Optional.of(IpAddress.parse("2600:1f18:1234:5601::10")),
                        List.of("sg-app"),
                        Optional.empty());
        only(
                TestLabs.minimal().replace(i).check(),
                Severity.ERROR,
                "ADDRESS_OUTSIDE_SUBNET",
                "i-app",
                "ipv6");
    }

    @Test
    void firstFourAddressesOfASubnetAreReserved() {
        for (String ip : List.of("10.0.1.0", "10.0.1.1", "10.0.1.2", "10.0.1.3")) {
            only(
                    TestLabs.minimal().replace(instance("i-app", "subnet-a", ip, "sg-app")).check(),
                    Severity.ERROR,
                    "RESERVED_ADDRESS",
                    "i-app",
                    "privateIp");
        }
        assertThat(
                        TestLabs.minimal()
                                .replace(instance("i-app", "subnet-a", "10.0.1.4", "sg-app"))
                                .check())
                .isEmpty();
    }

    @Test
    void lastAddressOfASubnetIsReserved() {
        only(
                TestLabs.minimal().add(privateNat("nat-x", "subnet-b", "10.0.2.255")).check(),
                Severity.ERROR,
                "RESERVED_ADDRESS",
                "nat-x",
                "privateIp");
    }

    @Test
    void twoInterfacesWithOneAddressInAVpcAreRefused() {
        Problem p =
                only(
                        TestLabs.minimal()
                                .add(
                                        interfaceEndpoint(
                                                "vpce-sts",
                                                "vpc-main",
                                                "sts",
                                                false,
                                                eni(
                                                        "eni-a",
                                                        "subnet-a",
                                                        "a",
                                                        "use1-az1",
                                                        "10.0.1.10")))
                                .check(),
                        Severity.ERROR,
                        "DUPLICATE_ADDRESS",
                        "vpce-sts",
                        "enis[0].ip");
        assertThat(p.message().english()).contains("i-app");
    }

    @Test
    void vpcBlockLargerThanSlash16IsRefused() {
        List<Problem> problems =
                TestLabs.minimal()
                        .replace(
                                vpc("vpc-main", "10.0.0.0/8"),
                                TestLabs.routeTable(
                                        "rt-main", "vpc-main", TestLabs.local("10.0.0.0/8")))
                        .check();
        only(problems, Severity.ERROR, "CIDR_BLOCK_SIZE", "vpc-main", "cidr");
    }

    private static Subnet ipv6Subnet(String ipv6) {
        return new Subnet(
                "subnet-b",
                "vpc-main",
                Cidr.parse("10.0.2.0/24"),
                Optional.of(Cidr.parse(ipv6)),
                "us-east-1b",
                "use1-az2",
                "rt-main",
                "acl-main");
    }
}
