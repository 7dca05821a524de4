package dev.vpclab.edit;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.AwsService;
import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.DirectConnectGateway;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.EndpointEni;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.GatewayLoadBalancer;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InstanceConnectEndpoint;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.Lab;
import dev.vpclab.model.ManagedPrefixList;
import dev.vpclab.model.NatConnectivity;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.Policy;
import dev.vpclab.model.Region;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.TransitGatewayPeering;
import dev.vpclab.model.VirtualInterface;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.model.Vpc;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.model.VpnConnection;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.IpVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * New components with the values the AWS console proposes: a free CIDR for a VPC (with its main
 * route table, default network ACL and default security group), the next free /24 for a subnet
 * (with the VPC's main route table and default ACL), the next free address for an interface (with
 * the VPC's default security group), readable unique ids.
 */
public final class NewComponents {
    private NewComponents() {}

    /** The new component first, then what comes with it; or a refusal. */
    public record Draft(List<Component> components, Optional<Message> refusal) {
        public Draft {
            components = List.copyOf(components);
        }

        static Draft of(List<Component> components) {
            return new Draft(components, Optional.empty());
        }

        static Draft refused(String key, Object... args) {
            return new Draft(List.of(), Optional.of(Message.of(key, args)));
        }
    }

    /** Creates a component of {@code kind} for the container (already checked). */
    public static Draft create(Lab lab, ComponentKind kind, Optional<String> container) {
        Set<String> taken = Ids.taken(lab);
        String id = Ids.fresh(kind, taken);
        taken.add(id);
        String region = lab.region();
        String parent = container.orElse("");
        Optional<Subnet> subnet = lab.component(parent, Subnet.class);
        List<Component> out = new ArrayList<>();
        if (kind == ComponentKind.GATEWAY_LOAD_BALANCER_ENDPOINT
                && lab.all(EndpointService.class)
                        .noneMatch(EndpointService::isGatewayLoadBalancerService)) {
            // AWS creates the endpoint for a service: there is none to connect to yet.
            return Draft.refused("add.needs.gatewayLoadBalancerEndpoint");
        }
        switch (kind) {
            case VPC -> {
                Optional<Cidr> cidr = AddressPlan.freeVpcCidr(lab);
                if (cidr.isEmpty()) {
                    return Draft.refused("add.noFreeCidr");
                }
                Vpc vpc =
                        new Vpc(
                                id,
                                region,
                                Optional.empty(),
                                cidr.get(),
                                Optional.empty(),
                                true,
                                true);
                out.add(vpc);
                String rt = Ids.fresh(ComponentKind.ROUTE_TABLE, taken);
                taken.add(rt);
                String acl = Ids.fresh(ComponentKind.NACL, taken);
                taken.add(acl);
                String sg = Ids.fresh(ComponentKind.SECURITY_GROUP, taken);
                out.add(Defaults.mainRouteTable(rt, vpc));
                out.add(Defaults.defaultNacl(acl, id));
                out.add(Defaults.defaultSecurityGroup(sg, id));
            }
            case SUBNET -> {
                Optional<Cidr> cidr = AddressPlan.freeSubnetCidr(lab, parent);
                if (cidr.isEmpty()) {
                    return Draft.refused("add.vpcFull", parent);
                }
                long inVpc = lab.all(Subnet.class).filter(s -> s.vpc().equals(parent)).count();
                int zone = (int) (inVpc % 2) + 1; // alternate a and b, as multi-AZ designs do
                String rt = Defaults.mainRouteTableOf(lab, parent).map(RouteTable::id).orElse("");
                String acl = Defaults.defaultNaclOf(lab, parent).map(c -> c.id()).orElse("");
                out.add(
                        new Subnet(
                                id,
                                parent,
                                cidr.get(),
                                Optional.empty(),
                                Regions.zone(region, zone),
                                Regions.zoneId(region, zone),
                                rt,
                                acl));
            }
            case INSTANCE,
                    NAT_GATEWAY,
                    INTERFACE_ENDPOINT,
                    NLB,
                    GATEWAY_LOAD_BALANCER,
                    GATEWAY_LOAD_BALANCER_ENDPOINT,
                    INSTANCE_CONNECT_ENDPOINT -> {
                Subnet s = subnet.orElseThrow();
                Optional<IpAddress> ip = AddressPlan.freeAddress(lab, s.id());
                if (ip.isEmpty()) {
                    return Draft.refused("add.subnetFull", s.id());
                }
                out.add(inSubnet(lab, kind, id, s, ip.get(), taken));
            }
            case ROUTE_TABLE ->
                    out.add(
                            Defaults.mainRouteTable(
                                    id, lab.component(parent, Vpc.class).orElseThrow()));
            case NACL -> out.add(Defaults.customNacl(id, parent));
            case SECURITY_GROUP -> out.add(Defaults.newSecurityGroup(id, parent));
            case INTERNET_GATEWAY -> {
                if (lab.all(InternetGateway.class).anyMatch(g -> g.vpc().equals(parent))) {
                    return Draft.refused("add.oneIgw", parent);
                }
                out.add(new InternetGateway(id, parent));
            }
            case EGRESS_ONLY_INTERNET_GATEWAY -> out.add(new EgressOnlyInternetGateway(id, parent));
            case VIRTUAL_PRIVATE_GATEWAY -> out.add(new VirtualPrivateGateway(id, parent));
            case GATEWAY_ENDPOINT -> {
                // The Region's S3 prefix list: the one the lab has, or AWS's, added with it.
                String s3 = Regions.serviceName(region, "s3");
                Optional<ManagedPrefixList> existing =
                        lab.all(ManagedPrefixList.class)
                                .filter(p -> p.name().equals(s3))
                                .findFirst();
                String pl =
                        existing.map(ManagedPrefixList::id).orElse("pl-s3-" + Regions.code(region));
                out.add(
                        new GatewayEndpoint(
                                id,
                                parent,
                                "s3",
                                region,
                                s3,
                                List.of(),
                                pl,
                                new Policy.DefaultFullAccess(),
                                "ipv4",
                                "ipv4"));
                if (existing.isEmpty() && lab.component(pl).isEmpty()) {
                    out.add(s3PrefixList(pl, region));
                }
            }
            case TRANSIT_GATEWAY_ATTACHMENT -> {
                Optional<TransitGateway> tgw = lab.all(TransitGateway.class).findFirst();
                if (tgw.isEmpty()) {
                    return Draft.refused("add.needsTransitGateway");
                }
                List<String> subnets =
                        lab.all(Subnet.class)
                                .filter(s -> s.vpc().equals(parent))
                                .map(Subnet::id)
                                .limit(1)
                                .toList();
                String rt =
                        tgw.get().routeTables().isEmpty()
                                ? ""
                                : tgw.get().routeTables().get(0).id();
                out.add(new TransitGatewayAttachment(id, tgw.get().id(), parent, subnets, rt));
            }
            case ON_PREMISES_HOST -> {
                Optional<IpAddress> ip = AddressPlan.freeOnPremisesAddress(lab, parent);
                if (ip.isEmpty()) {
                    return Draft.refused("add.subnetFull", parent);
                }
                out.add(new OnPremisesHost(id, parent, ip.get()));
            }
            case VIRTUAL_INTERFACE -> {
                // A private virtual interface to the first virtual private gateway, as the console
                // proposes; without one, the interface is added without a gateway to pick later.
                Optional<String> vgw =
                        lab.all(VirtualPrivateGateway.class).map(g -> g.id()).findFirst();
                int vlan = 100 + (int) lab.all(VirtualInterface.class).count();
                out.add(
                        new VirtualInterface(
                                id,
                                "private",
                                parent,
                                vgw,
                                Math.min(vlan, 4094),
                                Optional.empty()));
            }
            default -> {
                Optional<Component> outside =
                        NewDnsComponents.handles(kind)
                                ? NewDnsComponents.create(lab, kind, id, parent)
                                : outside(lab, kind, id, taken);
                if (outside.isEmpty()) {
                    return Draft.refused("add.needs." + kind.fileName());
                }
                out.add(outside.get());
            }
        }
        return Draft.of(out);
    }

    private static Component inSubnet(
            Lab lab, ComponentKind kind, String id, Subnet s, IpAddress ip, Set<String> taken) {
        List<String> sg =
                Defaults.defaultSecurityGroupOf(lab, s.vpc())
                        .map(g -> List.of(g.id()))
                        .orElse(List.of());
        String region = lab.region();
        return switch (kind) {
            case INSTANCE ->
                    new Instance(
                            id,
                            s.id(),
                            ip,
                            Optional.empty(),
                            Optional.empty(),
                            sg,
                            Optional.empty());
            case NAT_GATEWAY ->
                    new NatGateway(
                            id,
                            s.id(),
                            NatConnectivity.PUBLIC,
                            ip,
                            Optional.of(
                                    IpAddress.parse("203.0.113.0")
                                            .plus(20 + lab.all(NatGateway.class).count())));
            // As the console creates it: the VPC's default group, client IP preservation off.
            case INSTANCE_CONNECT_ENDPOINT ->
                    new InstanceConnectEndpoint(id, s.id(), ip, sg, false);
            case INTERFACE_ENDPOINT -> {
                Optional<EndpointService> svc = lab.all(EndpointService.class).findFirst();
                String service = svc.map(EndpointService::id).orElse("ssm");
                String serviceName =
                        svc.map(EndpointService::serviceName)
                                .orElse(Regions.serviceName(region, "ssm"));
                String eni = Ids.fresh("eni", taken);
                yield new InterfaceEndpoint(
                        id,
                        s.vpc(),
                        service,
                        serviceName,
                        List.of(s.id()),
                        List.of(new EndpointEni(eni, s.id(), s.az(), s.azId(), ip)),
                        sg,
                        svc.isEmpty(),
                        false,
                        InterfaceEndpoint.AVAILABLE,
                        Optional.of(EndpointDnsNames.regional(id, service, serviceName, region)),
                        List.of(),
                        List.of(),
                        new Policy.DefaultFullAccess());
            }
            case GATEWAY_LOAD_BALANCER ->
                    // no appliances yet: the inspector adds instances of this VPC as targets
                    new GatewayLoadBalancer(
                            id,
                            s.vpc(),
                            List.of(new NetworkLoadBalancer.Node(s.id(), s.azId(), ip)),
                            false,
                            List.of());
            case GATEWAY_LOAD_BALANCER_ENDPOINT -> {
                // The first Gateway Load Balancer service of the lab, as the console lists them.
                Optional<EndpointService> svc =
                        lab.all(EndpointService.class)
                                .filter(EndpointService::isGatewayLoadBalancerService)
                                .findFirst();
                yield new GatewayLoadBalancerEndpoint(
                        id,
                        s.vpc(),
                        s.id(),
                        svc.map(EndpointService::id).orElse(""),
                        svc.map(EndpointService::serviceName).orElse(""),
                        InterfaceEndpoint.AVAILABLE,
                        ip);
            }
            default ->
                    new NetworkLoadBalancer(
                            id,
                            s.vpc(),
                            "internal",
                            List.of(s.id()),
                            List.of(new NetworkLoadBalancer.Node(s.id(), s.azId(), ip)),
                            false,
                            List.of(),
                            List.of(),
                            List.of());
        };
    }

    private static Optional<Component> outside(
            Lab lab, ComponentKind kind, String id, Set<String> taken) {
        String region = lab.region();
        List<Vpc> vpcs = lab.all(Vpc.class).toList();
        return switch (kind) {
            case REGION ->
                    lab.component(region).isPresent()
                            ? Optional.empty()
                            : Optional.of(new Region(region));
            case INTERNET_HOST ->
                    Optional.of(
                            new InternetHost(
                                    id,
                                    IpAddress.parse("198.51.100.0")
                                            .plus(10 + lab.all(InternetHost.class).count()),
                                    Optional.empty()));
            case AWS_SERVICE -> Optional.of(s3Service(lab, id));
            case TRANSIT_GATEWAY_PEERING -> {
                List<TransitGateway> tgws = lab.all(TransitGateway.class).toList();
                yield tgws.size() < 2
                        ? Optional.empty()
                        : Optional.of(
                                new TransitGatewayPeering(
                                        id, tgws.get(0).id(), tgws.get(1).id(), "available"));
            }
            case DIRECT_CONNECT_GATEWAY ->
                    Optional.of(
                            new DirectConnectGateway(
                                    id,
                                    lab
                                            .all(VirtualPrivateGateway.class)
                                            .map(VirtualPrivateGateway::id)
                                            .findFirst()
                                            .stream()
                                            .toList()));
            case MANAGED_PREFIX_LIST ->
                    Optional.of(new ManagedPrefixList(id, id, region, IpVersion.V4, List.of()));
            case ENDPOINT_SERVICE -> {
                Optional<NetworkLoadBalancer> nlb = lab.all(NetworkLoadBalancer.class).findFirst();
                Optional<GatewayLoadBalancer> gwlb = lab.all(GatewayLoadBalancer.class).findFirst();
                if (nlb.isEmpty() && gwlb.isPresent()) {
                    // a service of type GatewayLoadBalancer, for Gateway Load Balancer endpoints
                    yield Optional.of(
                            new EndpointService(
                                    id,
                                    "com.amazonaws.vpce." + region + "." + id,
                                    gwlb.get().vpc(),
                                    List.of(),
                                    false,
                                    List.of("*"),
                                    gwlb.get().nodes().stream()
                                            .map(NetworkLoadBalancer.Node::azId)
                                            .distinct()
                                            .toList(),
                                    List.of(),
                                    List.of(gwlb.get().id())));
                }
                if (nlb.isEmpty()) {
                    yield Optional.empty();
                }
                List<String> zones =
                        nlb.get().nodes().stream()
                                .map(NetworkLoadBalancer.Node::azId)
                                .distinct()
                                .toList();
                yield Optional.of(
                        new EndpointService(
                                id,
                                "com.amazonaws.vpce." + region + "." + id,
                                nlb.get().vpc(),
                                List.of(nlb.get().id()),
                                false,
                                List.of("*"),
                                zones));
            }
            case VPC_PEERING ->
                    vpcs.size() < 2
                            ? Optional.empty()
                            : Optional.of(
                                    new VpcPeering(
                                            id,
                                            vpcs.get(0).id(),
                                            vpcs.get(1).id(),
                                            "active",
                                            false));
            case TRANSIT_GATEWAY ->
                    Optional.of(
                            new TransitGateway(
                                    id,
                                    region,
                                    List.of(
                                            new TransitGateway.RouteTableEntry(
                                                    Ids.fresh("tgw-rtb", taken),
                                                    List.of(),
                                                    List.of()))));
            case VPN_CONNECTION -> {
                Optional<VirtualPrivateGateway> vgw =
                        lab.all(VirtualPrivateGateway.class).findFirst();
                Optional<OnPremisesNetwork> onPrem = lab.all(OnPremisesNetwork.class).findFirst();
                if (vgw.isEmpty() || onPrem.isEmpty()) {
                    yield Optional.empty();
                }
                yield Optional.of(
                        new VpnConnection(
                                id,
                                vgw.get().id(),
                                onPrem.get().id(),
                                IpAddress.parse("203.0.113.200"),
                                "static",
                                List.of(onPrem.get().cidr())));
            }
            case ON_PREMISES -> {
                List<Cidr> used = new ArrayList<>();
                vpcs.forEach(v -> used.add(v.cidr()));
                lab.all(OnPremisesNetwork.class).forEach(n -> used.add(n.cidr()));
                Optional<Cidr> cidr =
                        AddressPlan.freeBlock(Cidr.parse("192.168.0.0/16"), 20, used)
                                .or(
                                        () ->
                                                AddressPlan.freeBlock(
                                                        Cidr.parse("172.16.0.0/12"), 16, used));
                yield cidr.map(c -> new OnPremisesNetwork(id, c, List.of(), "on-premises-dns"));
            }
            default -> Optional.empty();
        };
    }

    /**
     * Amazon S3 in the lab's Region, with one example bucket whose public name answers with an
     * address inside the S3 prefix list, so that a flow to the name can be traced at once.
     */
    static AwsService s3Service(Lab lab, String id) {
        String region = lab.region();
        String name = Regions.serviceName(region, "s3");
        Optional<String> prefixList =
                lab.all(ManagedPrefixList.class)
                        .filter(p -> p.name().equals(name))
                        .map(ManagedPrefixList::id)
                        .findFirst();
        return new AwsService(
                id,
                "s3",
                region,
                name,
                prefixList,
                List.of(
                        new AwsService.DnsRecord(
                                "my-bucket.s3." + region + ".amazonaws.com",
                                List.of(IpAddress.parse("54.123.170.20")),
                                List.of())),
                List.of(new AwsService.Resource("my-bucket", region, Optional.empty())));
    }

    /** The AWS-managed S3 prefix list of a Region, with the lab's usual example blocks. */
    static ManagedPrefixList s3PrefixList(String id, String region) {
        return new ManagedPrefixList(
                id,
                Regions.serviceName(region, "s3"),
                region,
                IpVersion.V4,
                List.of(Cidr.parse("54.123.160.0/19"), Cidr.parse("52.216.0.0/15")));
    }
}
