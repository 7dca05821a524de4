package dev.vpclab.generate;

import dev.vpclab.catalog.AwsCatalog;
import dev.vpclab.catalog.PrefixListEntry;
import dev.vpclab.catalog.RegionEntry;
import dev.vpclab.catalog.ServiceEntry;
import dev.vpclab.model.AddressSet;
import dev.vpclab.model.AwsService;
import dev.vpclab.model.Component;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.Flow;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.Lab;
import dev.vpclab.model.ManagedPrefixList;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.Region;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.model.VpnConnection;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.IpVersion;
import dev.vpclab.net.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Builds large, valid, realistic labs from a seed: many VPCs with non-overlapping CIDRs, each with
 * subnets in two or three Availability Zones, a route table, a network ACL and security groups,
 * instances, and in some of them an internet gateway with a NAT gateway, an S3 gateway endpoint, an
 * interface endpoint, a peering with the next VPC or a transit gateway attachment. One provider VPC
 * offers an endpoint service behind a Network Load Balancer; the first VPC has a VPN to an
 * on-premises network. The same seed always gives the same lab.
 */
public final class LabGenerator {
    /** The Region of generated labs. */
    static final String REGION = "us-east-1";

    static final String CONSUMER_ACCOUNT = "111122223333";
    static final String PROVIDER_ACCOUNT = "444455556666";

    /** Components that every generated lab has once (region, S3, hosts, TGW, VPN, service). */
    private static final int SHARED = 12;

    /** About how many components a VPC brings before the instances are topped up. */
    private static final int PER_VPC = 20;

    /** The most VPCs of /20 that fit in 10.0.0.0/8. */
    private static final int MAX_VPCS = 4096;

    private static final String TGW = "tgw-main";
    private static final String TGW_RT = "tgw-rt-main";
    private static final String VGW = "vgw-0000";
    private static final String VPN = "vpn-office";
    private static final String ON_PREM = "onprem-office";
    private static final String ON_PREM_HOST = "host-office-1";
    private static final String SERVICE = "vpce-svc-lab";
    private static final String NLB = "nlb-provider";
    private static final String S3 = "s3-use1";
    private static final String BUCKET = "lab-data-bucket";

    private final Random random;
    private final AwsCatalog catalog = AwsCatalog.standard();
    private final RegionEntry region;
    private final VpcWriter writer;

    private LabGenerator(long seed) {
        this.random = new Random(seed);
        this.region = catalog.region(REGION).orElseThrow();
        this.writer = new VpcWriter(random, new VpcWriter.PublicAddresses());
    }

    /**
     * A lab of about {@code targetComponents} components (within a tenth for 100 and more), always
     * the same for the same seed.
     *
     * @throws IllegalArgumentException when the target is below 40 or above 60,000
     */
    public static Lab generate(int targetComponents, long seed) {
        if (targetComponents < 40 || targetComponents > 60_000) {
            throw new IllegalArgumentException(
                    "a generated lab has between 40 and 60000 components, not " + targetComponents);
        }
        return new LabGenerator(seed).build(targetComponents, seed);
    }

    private Lab build(int target, long seed) {
        int vpcCount = Math.min(MAX_VPCS, Math.max(3, (target - SHARED) / PER_VPC));
        List<VpcPlan> plans = plan(vpcCount);
        PrefixListEntry s3List = catalog.prefixList(REGION, "s3").orElseThrow();
        List<Component> out = new ArrayList<>();
        out.add(new Region(REGION));
        out.add(
                new ManagedPrefixList(
                        s3List.id(), s3List.name(), REGION, IpVersion.V4, s3List.cidrs()));
        out.add(s3Service(s3List));
        out.add(
                new InternetHost(
                        "host-internet-1", IpAddress.parse("203.0.113.10"), Optional.empty()));
        out.add(
                new InternetHost(
                        "host-internet-2", IpAddress.parse("198.51.100.20"), Optional.empty()));
        List<Component> peerings = connect(plans);
        List<Component> office = vpn(plans.get(0)); // adds the VGW route before tables are written
        for (VpcPlan p : plans) {
            out.addAll(vpc(p, s3List.id()));
        }
        List<Component> after = new ArrayList<>(endpointService(plans.get(plans.size() - 1)));
        for (VpcPlan p : plans) {
            writer.writeRouteTables(p, s3List.id(), after);
        }
        after.addAll(peerings);
        after.add(transitGateway(plans));
        after.addAll(office);
        topUp(plans, out, target - after.size());
        out.addAll(after);
        String title = "Generated lab (" + out.size() + " components, seed " + seed + ")";
        return new Lab(
                title,
                "A large lab generated for load tests: "
                        + plans.size()
                        + " VPCs in "
                        + REGION
                        + ".",
                REGION,
                out,
                Map.of(),
                flows(plans),
                Optional.empty(),
                Map.of());
    }

    /** Decides each VPC's CIDR, zones and features; the last one is the provider VPC. */
    private List<VpcPlan> plan(int count) {
        List<VpcPlan> plans = new ArrayList<>();
        List<String> names = region.azNames();
        for (int i = 0; i < count; i++) {
            boolean provider = i == count - 1;
            int zones = provider ? 3 : 2 + random.nextInt(2);
            Cidr cidr = new Cidr(IpAddress.parse("10.0.0.0").plus(4096L * i), 20);
            boolean internet = i == 0 || (!provider && random.nextInt(10) < 5);
            List<String> azNames = names.subList(0, zones);
            List<String> azIds = azNames.stream().map(n -> region.azId(n).orElseThrow()).toList();
            VpcPlan p =
                    new VpcPlan(
                            i,
                            cidr,
                            azNames,
                            azIds,
                            internet,
                            provider,
                            provider ? PROVIDER_ACCOUNT : CONSUMER_ACCOUNT);
            p.gatewayEndpoint = !provider && random.nextInt(10) < 7;
            p.transitGateway = i == 0 || (!provider && random.nextInt(10) < 4);
            if (!provider && random.nextInt(10) < 3) {
                List<ServiceEntry> services =
                        catalog.services(REGION).stream()
                                .filter(s -> !s.gatewayEndpoint() && !s.privateDnsNames().isEmpty())
                                .toList();
                p.interfaceService = services.get(random.nextInt(services.size())).service();
            }
            p.consumesEndpointService = i == 1 || (!provider && i > 1 && random.nextInt(10) < 1);
            plans.add(p);
        }
        return plans;
    }

    /** Peers some neighbouring VPCs and routes the transit gateway; returns the peerings. */
    private List<Component> connect(List<VpcPlan> plans) {
        List<Component> peerings = new ArrayList<>();
        for (int i = 0; i + 2 < plans.size(); i++) {
            if (random.nextInt(10) >= 2) {
                continue;
            }
            VpcPlan a = plans.get(i);
            VpcPlan b = plans.get(i + 1);
            String id = "pcx-" + a.tag + "-" + b.tag;
            peerings.add(new VpcPeering(id, a.id, b.id, "active", false));
            if (a.peer == null) {
                a.peer = b;
            }
            a.extraPrivateRoutes.add(route(b.cidr, id));
            b.extraPrivateRoutes.add(route(a.cidr, id));
        }
        for (VpcPlan p : plans) {
            if (p.transitGateway) {
                // The peerings' /20 routes are more specific and win for the peered VPC.
                p.extraPrivateRoutes.add(route(VpcWriter.LAB_SPACE, TGW));
            }
        }
        return peerings;
    }

    private List<Component> vpc(VpcPlan p, String prefixList) {
        List<Component> out = new ArrayList<>();
        writer.writeNetwork(p, out);
        if (p.internet) {
            out.add(writer.instance(p, p.publicSubnets.get(0), true));
        }
        for (String subnet : p.privateSubnets) {
            out.add(writer.instance(p, subnet, false));
        }
        if (p.gatewayEndpoint) {
            out.add(writer.gatewayEndpoint(p, prefixList));
        }
        if (p.interfaceService != null || p.consumesEndpointService) {
            out.add(writer.endpointSecurityGroup(p));
        }
        if (p.interfaceService != null) {
            ServiceEntry s = catalog.service(REGION, p.interfaceService).orElseThrow();
            String id = "vpce-" + p.tag + "-" + s.service().replace('.', '-');
            out.add(
                    writer.interfaceEndpoint(
                            p, id, s.service(), s.serviceName(), s.privateDnsNames()));
        }
        if (p.consumesEndpointService) {
            String id = "vpce-" + p.tag + "-svc";
            InterfaceEndpoint endpoint =
                    writer.interfaceEndpoint(
                            p,
                            id,
                            SERVICE,
                            "com.amazonaws.vpce." + REGION + "." + SERVICE,
                            List.of());
            p.serviceEndpointName = endpoint.regionalDnsName().orElseThrow();
            out.add(endpoint);
        }
        if (p.transitGateway) {
            out.add(writer.attachment(p, TGW, TGW_RT));
        }
        return out;
    }

    /** Adds instances round-robin over the private subnets until the lab reaches its size. */
    private void topUp(List<VpcPlan> plans, List<Component> out, int target) {
        List<VpcPlan> consumers = plans.subList(0, plans.size() - 1);
        int i = 0;
        while (out.size() < target) {
            VpcPlan p = consumers.get(i % consumers.size());
            String subnet = p.privateSubnets.get((i / consumers.size()) % p.privateSubnets.size());
            i++;
            if (p.freeAddresses(subnet) > 0) {
                out.add(writer.instance(p, subnet, false));
            }
        }
    }

    private static Route route(Cidr destination, String target) {
        return new Route(new AddressSet.Block(destination), target, RouteOrigin.STATIC);
    }

    private static Component s3Service(PrefixListEntry list) {
        IpAddress bucketIp = list.cidrs().get(0).address(2580); // 54.123.170.20 in the fixtures
        return new AwsService(
                S3,
                "s3",
                REGION,
                "com.amazonaws." + REGION + ".s3",
                Optional.of(list.id()),
                List.of(
                        new AwsService.DnsRecord(
                                BUCKET + ".s3." + REGION + ".amazonaws.com",
                                List.of(bucketIp),
                                List.of()),
                        new AwsService.DnsRecord(
                                "s3." + REGION + ".amazonaws.com",
                                List.of(bucketIp.plus(1)),
                                List.of())),
                List.of(new AwsService.Resource(BUCKET, REGION, Optional.empty())));
    }

    private static TransitGateway transitGateway(List<VpcPlan> plans) {
        List<String> associations = new ArrayList<>();
        List<Route> routes = new ArrayList<>();
        for (VpcPlan p : plans) {
            if (p.transitGateway) {
                associations.add(p.attachment());
                routes.add(
                        new Route(
                                new AddressSet.Block(p.cidr),
                                p.attachment(),
                                RouteOrigin.PROPAGATED));
            }
        }
        return new TransitGateway(
                TGW,
                REGION,
                List.of(new TransitGateway.RouteTableEntry(TGW_RT, associations, routes)));
    }

    /** A Site-to-Site VPN from the first VPC to an office network. */
    private static List<Component> vpn(VpcPlan hub) {
        hub.propagatingVgws.add(VGW);
        hub.extraPrivateRoutes.add(
                new Route(
                        new AddressSet.Block(VpcWriter.ON_PREMISES), VGW, RouteOrigin.PROPAGATED));
        return List.of(
                new VirtualPrivateGateway(VGW, hub.id),
                new VpnConnection(
                        VPN,
                        VGW,
                        ON_PREM,
                        IpAddress.parse("198.51.100.1"),
                        "static",
                        List.of(VpcWriter.ON_PREMISES)),
                new OnPremisesNetwork(
                        ON_PREM,
                        VpcWriter.ON_PREMISES,
                        List.of(route(hub.cidr, VPN)),
                        "office resolver forwarding to public DNS"),
                new OnPremisesHost(ON_PREM_HOST, ON_PREM, IpAddress.parse("192.168.10.20")));
    }

    /** The provider's endpoint service behind an NLB that spreads over the provider's zones. */
    private List<Component> endpointService(VpcPlan provider) {
        List<NetworkLoadBalancer.Node> nodes = new ArrayList<>();
        for (int z = 0; z < provider.privateSubnets.size(); z++) {
            String subnet = provider.privateSubnets.get(z);
            nodes.add(
                    new NetworkLoadBalancer.Node(
                            subnet, provider.azIds.get(z), provider.nextAddress(subnet)));
        }
        List<NetworkLoadBalancer.Target> targets =
                provider.instances.stream()
                        .map(i -> new NetworkLoadBalancer.Target(i, 443))
                        .toList();
        NetworkLoadBalancer nlb =
                new NetworkLoadBalancer(
                        NLB,
                        provider.id,
                        "internal",
                        provider.privateSubnets,
                        nodes,
                        false,
                        List.of(),
                        List.of(new NetworkLoadBalancer.Listener(Protocol.TCP, 443, "tg-provider")),
                        List.of(
                                new NetworkLoadBalancer.TargetGroup(
                                        "tg-provider", Protocol.TCP, 443, targets)));
        EndpointService service =
                new EndpointService(
                        SERVICE,
                        "com.amazonaws.vpce." + REGION + "." + SERVICE,
                        provider.id,
                        List.of(NLB),
                        false,
                        List.of("arn:aws:iam::" + CONSUMER_ACCOUNT + ":root"),
                        provider.azIds);
        return List.of(nlb, service);
    }

    /** A handful of saved flows that exercise each kind of path of the lab. */
    private List<Flow> flows(List<VpcPlan> plans) {
        List<Flow> flows = new ArrayList<>();
        VpcPlan hub = plans.get(0);
        String hubApp = hub.instances.get(1); // instances.get(0) is the bastion
        flows.add(
                Flow.of(hubApp, "host-internet-1", Protocol.TCP, 443).withName("to the internet"));
        flows.add(
                Flow.of(ON_PREM_HOST, hubApp, Protocol.TCP, 22)
                        .withName("from the office over VPN"));
        plans.stream()
                .filter(p -> p.gatewayEndpoint)
                .findFirst()
                .ifPresent(
                        p ->
                                flows.add(
                                        Flow.of(
                                                        p.instances.get(p.internet ? 1 : 0),
                                                        BUCKET + ".s3." + REGION + ".amazonaws.com",
                                                        Protocol.TCP,
                                                        443)
                                                .withRequest(
                                                        new Flow.Request(
                                                                "s3:GetObject",
                                                                "arn:aws:s3:::"
                                                                        + BUCKET
                                                                        + "/reports/today.csv"))
                                                .withName("to S3 through the gateway endpoint")));
        plans.stream()
                .filter(p -> p.peer != null)
                .findFirst()
                .ifPresent(
                        p ->
                                flows.add(
                                        Flow.of(
                                                        last(p.instances),
                                                        last(p.peer.instances),
                                                        Protocol.TCP,
                                                        443)
                                                .withName("across a VPC peering")));
        plans.stream()
                .skip(1)
                .filter(p -> p.transitGateway)
                .findFirst()
                .ifPresent(
                        p ->
                                flows.add(
                                        Flow.of(hubApp, last(p.instances), Protocol.TCP, 443)
                                                .withName("across the transit gateway")));
        plans.stream()
                .filter(p -> p.consumesEndpointService)
                .findFirst()
                .ifPresent(
                        p ->
                                flows.add(
                                        Flow.of(
                                                        last(p.instances),
                                                        p.serviceEndpointName,
                                                        Protocol.TCP,
                                                        443)
                                                .withName("to the provider's endpoint service")));
        plans.stream()
                .filter(p -> p.interfaceService != null)
                .findFirst()
                .ifPresent(
                        p ->
                                flows.add(
                                        Flow.of(
                                                        last(p.instances),
                                                        catalog.service(REGION, p.interfaceService)
                                                                .orElseThrow()
                                                                .privateDnsNames()
                                                                .get(0),
                                                        Protocol.TCP,
                                                        443)
                                                .withName(
                                                        "to "
                                                                + p.interfaceService
                                                                + " through an interface endpoint")));
        return flows;
    }

    private static String last(List<String> list) {
        return list.get(list.size() - 1);
    }
}
