package dev.vpclab.check;

import dev.vpclab.model.AddressSet;
import dev.vpclab.model.Component;
import dev.vpclab.model.EndpointEni;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.Lab;
import dev.vpclab.model.ManagedPrefixList;
import dev.vpclab.model.NaclRule;
import dev.vpclab.model.NatConnectivity;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.Policy;
import dev.vpclab.model.Region;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.RuleAction;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.SecurityGroupRule;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.IpVersion;
import dev.vpclab.net.PortRange;
import dev.vpclab.net.Protocol;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Labs for the checker's tests, built in Java: {@link #minimal()} is a valid VPC (vpc-main
 * 10.0.0.0/16 in us-east-1) with subnets subnet-a (10.0.1.0/24, use1-az1) and subnet-b
 * (10.0.2.0/24, use1-az2) on route table rt-main and network ACL acl-main, security group sg-app
 * and instance i-app (10.0.1.10). A test adds, replaces or removes components and builds.
 */
final class TestLabs {
    static final String REGION = "us-east-1";

    private final List<Component> components = new ArrayList<>();

    private TestLabs() {}

    /** A lab with no components yet. */
    static TestLabs empty() {
        return new TestLabs();
    }

    /** The minimal valid lab described above. */
    static TestLabs minimal() {
        TestLabs lab = new TestLabs();
        lab.add(
                new Region(REGION),
                vpc("vpc-main", "10.0.0.0/16"),
                nacl("acl-main", "vpc-main"),
                routeTable("rt-main", "vpc-main", local("10.0.0.0/16")),
                subnet("subnet-a", "vpc-main", "10.0.1.0/24", "a", "use1-az1", "rt-main"),
                subnet("subnet-b", "vpc-main", "10.0.2.0/24", "b", "use1-az2", "rt-main"),
                securityGroup("sg-app", "vpc-main"),
                instance("i-app", "subnet-a", "10.0.1.10", "sg-app"));
        return lab;
    }

    TestLabs add(Component... more) {
        components.addAll(Arrays.asList(more));
        return this;
    }

    /** Puts each component in the place of the component with the same id. */
    TestLabs replace(Component... replacements) {
        for (Component r : replacements) {
            int i = indexOf(r.id());
            components.set(i, r);
        }
        return this;
    }

    TestLabs remove(String id) {
        components.remove(indexOf(id));
        return this;
    }

    private int indexOf(String id) {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no component " + id + " in the test lab");
    }

    Lab build() {
        return new Lab(
                "test", "", REGION, components, Map.of(), List.of(), Optional.empty(), Map.of());
    }

    /** The problems the checker finds in the lab. */
    List<Problem> check() {
        return LabChecker.check(build());
    }

    // --- component factories ---

    static Vpc vpc(String id, String cidr) {
        return new Vpc(
                id, REGION, Optional.empty(), Cidr.parse(cidr), Optional.empty(), true, true);
    }

    static Vpc vpc(String id, String region, String cidr, Optional<String> ipv6, boolean dns) {
        return new Vpc(
                id, region, Optional.empty(), Cidr.parse(cidr), ipv6.map(Cidr::parse), dns, dns);
    }

    /** A subnet in us-east-1{@code azLetter} with network ACL acl-main. */
    static Subnet subnet(
            String id, String vpc, String cidr, String azLetter, String azId, String rt) {
        return subnet(id, vpc, cidr, azLetter, azId, rt, "acl-main");
    }

    static Subnet subnet(
            String id,
            String vpc,
            String cidr,
            String azLetter,
            String azId,
            String rt,
            String nacl) {
        return new Subnet(
                id, vpc, Cidr.parse(cidr), Optional.empty(), REGION + azLetter, azId, rt, nacl);
    }

    static RouteTable routeTable(String id, String vpc, Route... routes) {
        return new RouteTable(id, vpc, List.of(routes), List.of());
    }

    static Route local(String cidr) {
        return route(cidr, Route.LOCAL);
    }

    static Route route(String destination, String target) {
        return new Route(AddressSet.parse(destination), target, RouteOrigin.STATIC);
    }

    static Route propagated(String destination, String target) {
        return new Route(AddressSet.parse(destination), target, RouteOrigin.PROPAGATED);
    }

    /** A network ACL that allows everything in both directions (rule 100). */
    static NetworkAcl nacl(String id, String vpc) {
        return nacl(
                id, vpc, List.of(allowAll(100, "0.0.0.0/0")), List.of(allowAll(100, "0.0.0.0/0")));
    }

    static NetworkAcl nacl(String id, String vpc, List<NaclRule> inbound, List<NaclRule> outbound) {
        return new NetworkAcl(id, vpc, false, inbound, outbound);
    }

    static NaclRule allowAll(int number, String cidr) {
        return new NaclRule(
                number, RuleAction.ALLOW, Protocol.ALL, PortRange.ALL, AddressSet.parse(cidr));
    }

    /** A security group with no inbound rules and an outbound rule allowing all. */
    static SecurityGroup securityGroup(String id, String vpc) {
        return securityGroup(id, vpc, List.of(), List.of(rule("0.0.0.0/0")));
    }

    static SecurityGroup securityGroup(
            String id,
            String vpc,
            List<SecurityGroupRule> inbound,
            List<SecurityGroupRule> outbound) {
        return new SecurityGroup(id, vpc, false, inbound, outbound);
    }

    /** An allow-all rule with this peer (CIDR, sg-... or pl-...). */
    static SecurityGroupRule rule(String peer) {
        return new SecurityGroupRule(
                Protocol.ALL, PortRange.ALL, AddressSet.parse(peer), Optional.empty());
    }

    static Instance instance(String id, String subnet, String ip, String... groups) {
        return new Instance(
                id,
                subnet,
                IpAddress.parse(ip),
                Optional.empty(),
                Optional.empty(),
                List.of(groups),
                Optional.empty());
    }

    static InternetGateway igw(String id, String vpc) {
        return new InternetGateway(id, vpc);
    }

    static NatGateway publicNat(String id, String subnet, String ip, String eip) {
        return new NatGateway(
                id,
                subnet,
                NatConnectivity.PUBLIC,
                IpAddress.parse(ip),
                Optional.of(IpAddress.parse(eip)));
    }

    static NatGateway privateNat(String id, String subnet, String ip) {
        return new NatGateway(
                id, subnet, NatConnectivity.PRIVATE, IpAddress.parse(ip), Optional.empty());
    }

    static ManagedPrefixList prefixList(String id, String region, String... cidrs) {
        return new ManagedPrefixList(
                id,
                "com.amazonaws." + region + ".s3",
                region,
                IpVersion.V4,
                Arrays.stream(cidrs).map(Cidr::parse).toList());
    }

    static GatewayEndpoint gatewayEndpoint(
            String id, String vpc, String service, String prefixList, String... routeTables) {
        return new GatewayEndpoint(
                id,
                vpc,
                service,
                REGION,
                "com.amazonaws." + REGION + "." + service,
                List.of(routeTables),
                prefixList,
                new Policy.DefaultFullAccess(),
                "ipv4",
                "service-defined");
    }

    static EndpointEni eni(String id, String subnet, String azLetter, String azId, String ip) {
        return new EndpointEni(id, subnet, REGION + azLetter, azId, IpAddress.parse(ip));
    }

    /** An interface endpoint in {@code vpc} with one ENI per given ENI, private DNS off. */
    static InterfaceEndpoint interfaceEndpoint(
            String id, String vpc, String service, boolean privateDns, EndpointEni... enis) {
        return new InterfaceEndpoint(
                id,
                vpc,
                service,
                service.startsWith("vpce-svc-")
                        ? "com.amazonaws.vpce." + REGION + "." + service
                        : "com.amazonaws." + REGION + "." + service,
                Arrays.stream(enis).map(EndpointEni::subnet).toList(),
                List.of(enis),
                List.of("sg-app"),
                privateDns,
                false,
                InterfaceEndpoint.AVAILABLE,
                Optional.empty(),
                List.of(),
                List.of(),
                new Policy.DefaultFullAccess());
    }

    static NetworkLoadBalancer nlb(String id, String vpc, NetworkLoadBalancer.Node... nodes) {
        return new NetworkLoadBalancer(
                id,
                vpc,
                "internal",
                Arrays.stream(nodes).map(NetworkLoadBalancer.Node::subnet).toList(),
                List.of(nodes),
                false,
                List.of(),
                List.of(new NetworkLoadBalancer.Listener(Protocol.TCP, 443, "tg-" + id)),
                List.of(
                        new NetworkLoadBalancer.TargetGroup(
                                "tg-" + id, Protocol.TCP, 443, List.of())));
    }

    static NetworkLoadBalancer.Node node(String subnet, String azId, String ip) {
        return new NetworkLoadBalancer.Node(subnet, azId, IpAddress.parse(ip));
    }

    static EndpointService endpointService(
            String id, String vpc, List<String> zones, String... nlbs) {
        return new EndpointService(
                id,
                "com.amazonaws.vpce." + REGION + "." + id,
                vpc,
                List.of(nlbs),
                false,
                List.of("*"),
                zones);
    }

    static VpcPeering peering(String id, String requester, String accepter) {
        return new VpcPeering(id, requester, accepter, "active", false);
    }
}
