package dev.vpclab.check;

import static dev.vpclab.check.TestLabs.endpointService;
import static dev.vpclab.check.TestLabs.eni;
import static dev.vpclab.check.TestLabs.gatewayEndpoint;
import static dev.vpclab.check.TestLabs.igw;
import static dev.vpclab.check.TestLabs.instance;
import static dev.vpclab.check.TestLabs.interfaceEndpoint;
import static dev.vpclab.check.TestLabs.local;
import static dev.vpclab.check.TestLabs.nacl;
import static dev.vpclab.check.TestLabs.nlb;
import static dev.vpclab.check.TestLabs.node;
import static dev.vpclab.check.TestLabs.peering;
import static dev.vpclab.check.TestLabs.prefixList;
import static dev.vpclab.check.TestLabs.propagated;
import static dev.vpclab.check.TestLabs.publicNat;
import static dev.vpclab.check.TestLabs.route;
import static dev.vpclab.check.TestLabs.routeTable;
import static dev.vpclab.check.TestLabs.rule;
import static dev.vpclab.check.TestLabs.securityGroup;
import static dev.vpclab.check.TestLabs.subnet;
import static dev.vpclab.check.TestLabs.vpc;

import dev.vpclab.model.AwsService;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.model.VpnConnection;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Optional;

/**
 * A valid lab that uses every component kind the way AWS allows: public and private subnets, IPv6
 * with an egress-only gateway, a NAT gateway, S3 gateway and interface endpoints, a PrivateLink
 * service, a peering, a transit gateway and a VPN. The checker must find nothing.
 */
final class ValidLabs {
    private ValidLabs() {}

    static TestLabs everyKind() {
        TestLabs lab = TestLabs.minimal();
        lab.replace(
                vpc(
                        "vpc-main",
                        TestLabs.REGION,
                        "10.0.0.0/16",
                        Optional.of("2600:1f18:1234:5600::/56"),
                        true),
                new Subnet(
                        "subnet-a",
                        "vpc-main",
                        Cidr.parse("10.0.1.0/24"),
                        Optional.of(Cidr.parse("2600:1f18:1234:5601::/64")),
                        "us-east-1a",
                        "use1-az1",
                        "rt-main",
                        "acl-main"),
                new RouteTable(
                        "rt-main",
                        "vpc-main",
                        List.of(
                                local("10.0.0.0/16"),
                                local("2600:1f18:1234:5600::/56"),
                                route("0.0.0.0/0", "nat-main"),
                                route("::/0", "eigw-main"),
                                route("pl-s3-use1", "vpce-s3-gw"),
                                route("10.2.0.0/16", "pcx-main-peer"),
                                route("10.1.0.0/16", "tgw-main"),
                                propagated("192.168.0.0/16", "vgw-main")),
                        List.of("vgw-main")),
                securityGroup(
                        "sg-app",
                        "vpc-main",
                        List.of(rule("sg-app")),
                        List.of(rule("0.0.0.0/0"), rule("pl-s3-use1"), rule("::/0"))));
        lab.add(
                // Internet access: a public subnet with the NAT gateway, and IPv6 egress only.
                subnet("subnet-public", "vpc-main", "10.0.0.0/24", "a", "use1-az1", "rt-public"),
                routeTable(
                        "rt-public",
                        "vpc-main",
                        local("10.0.0.0/16"),
                        local("2600:1f18:1234:5600::/56"),
                        route("0.0.0.0/0", "igw-main"),
                        // R-RT-4: a whole subnet, to a NAT gateway (a middlebox route)
                        route("10.0.2.0/24", "nat-main")),
                igw("igw-main", "vpc-main"),
                new EgressOnlyInternetGateway("eigw-main", "vpc-main"),
                publicNat("nat-main", "subnet-public", "10.0.0.20", "203.0.113.20"),
                new InternetHost("host-web", IpAddress.parse("198.51.100.10"), Optional.empty()),
                // S3 through a gateway endpoint; STS through an interface endpoint.
                prefixList("pl-s3-use1", TestLabs.REGION, "54.123.160.0/19", "52.216.0.0/15"),
                gatewayEndpoint("vpce-s3-gw", "vpc-main", "s3", "pl-s3-use1", "rt-main"),
                interfaceEndpoint(
                        "vpce-sts",
                        "vpc-main",
                        "sts",
                        true,
                        eni("eni-sts-a", "subnet-a", "a", "use1-az1", "10.0.1.20"),
                        eni("eni-sts-b", "subnet-b", "b", "use1-az2", "10.0.2.20")),
                new AwsService(
                        "s3-use1",
                        "s3",
                        TestLabs.REGION,
                        "com.amazonaws.us-east-1.s3",
                        Optional.of("pl-s3-use1"),
                        List.of(),
                        List.of()),
                // A PrivateLink service in a provider VPC.
                vpc("vpc-provider", "10.1.0.0/16"),
                nacl("acl-provider", "vpc-provider"),
                routeTable(
                        "rt-provider",
                        "vpc-provider",
                        local("10.1.0.0/16"),
                        route("10.0.0.0/16", "tgw-main")),
                subnet(
                        "subnet-provider-a",
                        "vpc-provider",
                        "10.1.1.0/24",
                        "a",
                        "use1-az1",
                        "rt-provider",
                        "acl-provider"),
                subnet(
                        "subnet-provider-b",
                        "vpc-provider",
                        "10.1.2.0/24",
                        "b",
                        "use1-az2",
                        "rt-provider",
                        "acl-provider"),
                securityGroup(
                        "sg-target",
                        "vpc-provider",
                        List.of(rule("10.1.0.0/16")),
                        List.of(rule("0.0.0.0/0"))),
                instance("i-target", "subnet-provider-a", "10.1.1.50", "sg-target"),
                withTarget(
                        nlb(
                                "nlb-app",
                                "vpc-provider",
                                node("subnet-provider-a", "use1-az1", "10.1.1.100"),
                                node("subnet-provider-b", "use1-az2", "10.1.2.100")),
                        "i-target"),
                endpointService(
                        "vpce-svc-app", "vpc-provider", List.of("use1-az1", "use1-az2"), "nlb-app"),
                interfaceEndpoint(
                        "vpce-app",
                        "vpc-main",
                        "vpce-svc-app",
                        false,
                        eni("eni-app-a", "subnet-a", "a", "use1-az1", "10.0.1.30"),
                        eni("eni-app-b", "subnet-b", "b", "use1-az2", "10.0.2.30")),
                // A peered VPC whose security group names a group of vpc-main (same Region).
                vpc("vpc-peer", "10.2.0.0/16"),
                nacl("acl-peer", "vpc-peer"),
                routeTable(
                        "rt-peer",
                        "vpc-peer",
                        local("10.2.0.0/16"),
                        route("10.0.0.0/16", "pcx-main-peer")),
                subnet(
                        "subnet-peer",
                        "vpc-peer",
                        "10.2.1.0/24",
                        "a",
                        "use1-az1",
                        "rt-peer",
                        "acl-peer"),
                securityGroup(
                        "sg-peer", "vpc-peer", List.of(rule("sg-app")), List.of(rule("0.0.0.0/0"))),
                instance("i-peer", "subnet-peer", "10.2.1.10", "sg-peer"),
                peering("pcx-main-peer", "vpc-main", "vpc-peer"),
                // A transit gateway between vpc-main and vpc-provider.
                new TransitGateway(
                        "tgw-main",
                        TestLabs.REGION,
                        List.of(
                                new TransitGateway.RouteTableEntry(
                                        "tgw-rt-main",
                                        List.of("tgw-att-main", "tgw-att-provider"),
                                        List.of(
                                                route("10.0.0.0/16", "tgw-att-main"),
                                                route("10.1.0.0/16", "tgw-att-provider"),
                                                route("10.9.0.0/16", "blackhole"))))),
                new TransitGatewayAttachment(
                        "tgw-att-main", "tgw-main", "vpc-main", List.of("subnet-b"), "tgw-rt-main"),
                new TransitGatewayAttachment(
                        "tgw-att-provider",
                        "tgw-main",
                        "vpc-provider",
                        List.of("subnet-provider-a"),
                        "tgw-rt-main"),
                // A Site-to-Site VPN to a data centre.
                new VirtualPrivateGateway("vgw-main", "vpc-main"),
                new VpnConnection(
                        "vpn-main",
                        "vgw-main",
                        "onprem-dc",
                        IpAddress.parse("198.51.100.1"),
                        "static",
                        List.of(Cidr.parse("192.168.0.0/16"))),
                new OnPremisesNetwork(
                        "onprem-dc",
                        Cidr.parse("192.168.0.0/16"),
                        List.of(route("10.0.0.0/16", "vpn-main")),
                        "resolver"),
                new OnPremisesHost("host-onprem", "onprem-dc", IpAddress.parse("192.168.10.20")));
        return lab;
    }

    private static NetworkLoadBalancer withTarget(NetworkLoadBalancer n, String instance) {
        NetworkLoadBalancer.TargetGroup tg = n.targetGroups().get(0);
        return new NetworkLoadBalancer(
                n.id(),
                n.vpc(),
                n.scheme(),
                n.subnets(),
                n.nodes(),
                n.crossZone(),
                n.securityGroups(),
                n.listeners(),
                List.of(
                        new NetworkLoadBalancer.TargetGroup(
                                tg.id(),
                                tg.protocol(),
                                tg.port(),
                                List.of(new NetworkLoadBalancer.Target(instance, 443)))));
    }
}
