package dev.vpclab.routing;

import dev.vpclab.model.AwsService;
import dev.vpclab.model.DirectConnectGateway;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.EndpointEni;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.GatewayRouteTableRules;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InstanceConnectEndpoint;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.Lab;
import dev.vpclab.model.ManagedPrefixList;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.VirtualInterface;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.model.Vpc;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.model.VpnConnection;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the tracer looks up again and again, indexed once per lab: interfaces by VPC and address,
 * gateways by VPC, public addresses by owner, services by address. Built in one pass, so a trace
 * costs a few hash look-ups per hop whatever the size of the lab.
 */
final class LabIndex {
    final Lab lab;
    private final Map<String, Map<IpAddress, Iface>> ifacesByVpc = new HashMap<>();
    private final Map<String, Iface> ifaceByOwner = new HashMap<>();
    private final Map<String, List<Subnet>> subnetsByVpc = new HashMap<>();
    private final Map<String, InternetGateway> igwByVpc = new HashMap<>();
    private final Map<String, EgressOnlyInternetGateway> eigwByVpc = new HashMap<>();
    private final Map<String, List<VpnConnection>> vpnsByGateway = new HashMap<>();
    private final Map<String, VirtualPrivateGateway> vgwByVpc = new HashMap<>();
    private final Map<IpAddress, Instance> instanceByPublicIp = new HashMap<>();
    private final Map<IpAddress, NatGateway> natByElasticIp = new HashMap<>();
    private final Map<IpAddress, InternetHost> internetHostByIp = new HashMap<>();
    private final Map<IpAddress, OnPremisesHost> onPremHostByIp = new HashMap<>();
    private final Map<IpAddress, AwsService> serviceByRecordIp = new HashMap<>();
    private final Map<String, EndpointService> endpointServiceByRef = new HashMap<>();
    private final Map<String, List<InterfaceEndpoint>> interfaceEndpointsByVpc = new HashMap<>();
    private final Map<String, List<GatewayEndpoint>> gatewayEndpointsByVpc = new HashMap<>();
    private final Map<String, List<VpcPeering>> peeringsByVpc = new HashMap<>();
    private final Map<String, List<TransitGatewayAttachment>> attachmentsByVpc = new HashMap<>();
    private final List<AwsService> services;
    private final List<InterfaceEndpoint> interfaceEndpoints;
    private final List<EndpointService> endpointServices;
    private final Map<IpAddress, InterfaceEndpoint> endpointByEniIp = new HashMap<>();
    private final Map<String, List<VirtualInterface>> vifsByGateway = new HashMap<>();
    private final Map<IpAddress, VirtualInterface> publicVifByAddress = new HashMap<>();
    private final Map<String, List<DirectConnectGateway>> dxGatewaysByAssociation = new HashMap<>();
    private final Map<String, RouteTable> gatewayRouteTableByGateway = new HashMap<>();

    LabIndex(Lab lab) {
        this.lab = lab;
        this.services = lab.all(AwsService.class).toList();
        this.interfaceEndpoints = lab.all(InterfaceEndpoint.class).toList();
        this.endpointServices = lab.all(EndpointService.class).toList();
        lab.all(Subnet.class)
                .forEach(s -> subnetsByVpc.computeIfAbsent(s.vpc(), k -> new ArrayList<>()).add(s));
        lab.all(Instance.class).forEach(this::indexInstance);
        lab.all(NatGateway.class).forEach(this::indexNat);
        lab.all(InterfaceEndpoint.class).forEach(this::indexInterfaceEndpoint);
        lab.all(NetworkLoadBalancer.class).forEach(this::indexNlb);
        lab.all(GatewayLoadBalancerEndpoint.class)
                .forEach(
                        e ->
                                subnet(e.subnet())
                                        .ifPresent(
                                                s ->
                                                        put(
                                                                new Iface(
                                                                        e.id(),
                                                                        Iface.Kind.GWLB_ENDPOINT,
                                                                        e.id(),
                                                                        s,
                                                                        e.ip(),
                                                                        List.of()))));
        lab.all(RouteTable.class)
                .forEach(
                        t ->
                                t.gatewayAssociations().stream()
                                        // AWS never makes an association with another VPC's
                                        // gateway: that gateway's traffic keeps its own VPC
                                        .filter(
                                                g ->
                                                        !GatewayRouteTableRules.inOtherVpc(
                                                                lab, g, t.vpc()))
                                        .forEach(
                                                g -> gatewayRouteTableByGateway.putIfAbsent(g, t)));
        lab.all(InstanceConnectEndpoint.class).forEach(this::indexInstanceConnect);
        lab.all(InternetGateway.class).forEach(g -> igwByVpc.putIfAbsent(g.vpc(), g));
        lab.all(EgressOnlyInternetGateway.class).forEach(g -> eigwByVpc.putIfAbsent(g.vpc(), g));
        lab.all(VirtualPrivateGateway.class).forEach(g -> vgwByVpc.putIfAbsent(g.vpc(), g));
        lab.all(VpnConnection.class)
                .forEach(
                        v ->
                                vpnsByGateway
                                        .computeIfAbsent(v.vpnGateway(), k -> new ArrayList<>())
                                        .add(v));
        indexDirectConnect(lab);
        lab.all(InternetHost.class)
                .forEach(
                        h -> {
                            internetHostByIp.putIfAbsent(h.ip(), h);
                            h.ipv6().ifPresent(ip -> internetHostByIp.putIfAbsent(ip, h));
                        });
        lab.all(OnPremisesHost.class).forEach(h -> onPremHostByIp.putIfAbsent(h.ip(), h));
        lab.all(AwsService.class).forEach(this::indexService);
        lab.all(EndpointService.class)
                .forEach(
                        s -> {
                            endpointServiceByRef.putIfAbsent(s.id(), s);
                            endpointServiceByRef.putIfAbsent(s.serviceName(), s);
                        });
        lab.all(GatewayEndpoint.class)
                .forEach(
                        g ->
                                gatewayEndpointsByVpc
                                        .computeIfAbsent(g.vpc(), k -> new ArrayList<>())
                                        .add(g));
        lab.all(VpcPeering.class)
                .forEach(
                        p -> {
                            peeringsByVpc
                                    .computeIfAbsent(p.requester(), k -> new ArrayList<>())
                                    .add(p);
                            peeringsByVpc
                                    .computeIfAbsent(p.accepter(), k -> new ArrayList<>())
                                    .add(p);
                        });
        lab.all(TransitGatewayAttachment.class)
                .forEach(
                        a ->
                                attachmentsByVpc
                                        .computeIfAbsent(a.vpc(), k -> new ArrayList<>())
                                        .add(a));
    }

    private void indexInstance(Instance i) {
        subnet(i.subnet())
                .ifPresent(
                        s -> {
                            Iface iface =
                                    new Iface(
                                            i.id(),
                                            Iface.Kind.INSTANCE,
                                            i.id(),
                                            s,
                                            i.privateIp(),
                                            i.securityGroups());
                            put(iface);
                            i.ipv6().ifPresent(v6 -> putAddress(s.vpc(), v6, iface));
                        });
        i.publicIp().ifPresent(ip -> instanceByPublicIp.putIfAbsent(ip, i));
    }

    private void indexNat(NatGateway n) {
        subnet(n.subnet())
                .ifPresent(
                        s ->
                                put(
                                        new Iface(
                                                n.id(),
                                                Iface.Kind.NAT_GATEWAY,
                                                n.id(),
                                                s,
                                                n.privateIp(),
                                                List.of())));
        n.elasticIp().ifPresent(ip -> natByElasticIp.putIfAbsent(ip, n));
    }

    private void indexInterfaceEndpoint(InterfaceEndpoint e) {
        interfaceEndpointsByVpc.computeIfAbsent(e.vpc(), k -> new ArrayList<>()).add(e);
        for (EndpointEni eni : e.enis()) {
            endpointByEniIp.putIfAbsent(eni.ip(), e);
            subnet(eni.subnet())
                    .ifPresent(
                            s ->
                                    put(
                                            new Iface(
                                                    e.id(),
                                                    Iface.Kind.ENDPOINT_ENI,
                                                    eni.id(),
                                                    s,
                                                    eni.ip(),
                                                    e.securityGroups())));
        }
    }

    private void indexInstanceConnect(InstanceConnectEndpoint e) {
        subnet(e.subnet())
                .ifPresent(
                        s ->
                                put(
                                        new Iface(
                                                e.id(),
                                                Iface.Kind.INSTANCE_CONNECT_ENDPOINT,
                                                e.id(),
                                                s,
                                                e.privateIp(),
                                                instanceConnectGroups(e, s.vpc()))));
    }

    /**
     * The endpoint's security groups; none named means the VPC's default group, as
     * CreateInstanceConnectEndpoint does: "If you don't specify a security group, the default
     * security group for your VPC will be associated with the endpoint".
     */
    private List<String> instanceConnectGroups(InstanceConnectEndpoint e, String vpc) {
        if (!e.securityGroups().isEmpty()) {
            return e.securityGroups();
        }
        return lab.all(SecurityGroup.class)
                .filter(g -> g.isDefault() && g.vpc().equals(vpc))
                .map(SecurityGroup::id)
                .limit(1)
                .toList();
    }

    private void indexNlb(NetworkLoadBalancer nlb) {
        for (NetworkLoadBalancer.Node node : nlb.nodes()) {
            subnet(node.subnet())
                    .ifPresent(
                            s ->
                                    put(
                                            new Iface(
                                                    nlb.id(),
                                                    Iface.Kind.NLB_NODE,
                                                    nlb.id(),
                                                    s,
                                                    node.ip(),
                                                    nlb.securityGroups())));
        }
    }

    private void indexService(AwsService service) {
        for (AwsService.DnsRecord r : service.publicDnsRecords()) {
            r.a().forEach(ip -> serviceByRecordIp.putIfAbsent(ip, service));
            r.aaaa().forEach(ip -> serviceByRecordIp.putIfAbsent(ip, service));
        }
    }

    private void put(Iface iface) {
        putAddress(iface.vpc(), iface.ip(), iface);
        ifaceByOwner.putIfAbsent(iface.owner(), iface);
    }

    private void putAddress(String vpc, IpAddress ip, Iface iface) {
        ifacesByVpc.computeIfAbsent(vpc, k -> new HashMap<>()).putIfAbsent(ip, iface);
    }

    Optional<Subnet> subnet(String id) {
        return lab.component(id, Subnet.class);
    }

    Optional<Vpc> vpc(String id) {
        return lab.component(id, Vpc.class);
    }

    /** The interface with this address in this VPC. */
    Optional<Iface> ifaceAt(String vpc, IpAddress ip) {
        Map<IpAddress, Iface> byIp = ifacesByVpc.get(vpc);
        return byIp == null ? Optional.empty() : Optional.ofNullable(byIp.get(ip));
    }

    /** The (first) interface of a component: an instance, NAT gateway, endpoint or NLB. */
    Optional<Iface> ifaceOf(String owner) {
        return Optional.ofNullable(ifaceByOwner.get(owner));
    }

    /** The interfaces of an owner in every subnet (endpoint ENIs, NLB nodes). */
    List<Iface> ifacesOf(String owner, String vpc) {
        Map<IpAddress, Iface> byIp = ifacesByVpc.getOrDefault(vpc, Map.of());
        return byIp.values().stream().filter(i -> i.owner().equals(owner)).toList();
    }

    List<Subnet> subnetsOf(String vpc) {
        return subnetsByVpc.getOrDefault(vpc, List.of());
    }

    /**
     * The ids of a VPC's NAT gateways and then its internet gateway: the edge gateways a peered or
     * VPN-connected network may not use (edge-to-edge routing is not supported).
     */
    List<String> natAndInternetGatewaysOf(String vpc) {
        List<String> edges = new ArrayList<>();
        lab.all(NatGateway.class)
                .filter(n -> subnet(n.subnet()).map(s -> s.vpc().equals(vpc)).orElse(false))
                .forEach(n -> edges.add(n.id()));
        internetGateway(vpc).ifPresent(g -> edges.add(g.id()));
        return edges;
    }

    private void indexDirectConnect(Lab lab) {
        lab.all(VirtualInterface.class)
                .forEach(
                        v -> {
                            v.gateway()
                                    .ifPresent(
                                            g ->
                                                    vifsByGateway
                                                            .computeIfAbsent(
                                                                    g, k -> new ArrayList<>())
                                                            .add(v));
                            if (v.isPublic()) {
                                v.customerAddress()
                                        .ifPresent(a -> publicVifByAddress.putIfAbsent(a, v));
                            }
                        });
        lab.all(DirectConnectGateway.class)
                .forEach(
                        g ->
                                g.associations()
                                        .forEach(
                                                a ->
                                                        dxGatewaysByAssociation
                                                                .computeIfAbsent(
                                                                        a, k -> new ArrayList<>())
                                                                .add(g)));
    }

    /** The Direct Connect virtual interfaces attached to a gateway (a VGW or a DX gateway). */
    List<VirtualInterface> virtualInterfacesOf(String gateway) {
        return vifsByGateway.getOrDefault(gateway, List.of());
    }

    /** The public virtual interface whose customer public address this is. */
    Optional<VirtualInterface> publicVirtualInterfaceAt(IpAddress ip) {
        return Optional.ofNullable(publicVifByAddress.get(ip));
    }

    /** The Direct Connect gateways associated with a virtual private or transit gateway. */
    List<DirectConnectGateway> directConnectGatewaysOf(String gateway) {
        return dxGatewaysByAssociation.getOrDefault(gateway, List.of());
    }

    /** The gateway route table associated with an internet or virtual private gateway. */
    Optional<RouteTable> gatewayRouteTable(String gateway) {
        return Optional.ofNullable(gatewayRouteTableByGateway.get(gateway));
    }

    Optional<InternetGateway> internetGateway(String vpc) {
        return Optional.ofNullable(igwByVpc.get(vpc));
    }

    Optional<EgressOnlyInternetGateway> egressOnlyGateway(String vpc) {
        return Optional.ofNullable(eigwByVpc.get(vpc));
    }

    Optional<VirtualPrivateGateway> virtualPrivateGateway(String vpc) {
        return Optional.ofNullable(vgwByVpc.get(vpc));
    }

    List<VpnConnection> vpnsOf(String gateway) {
        return vpnsByGateway.getOrDefault(gateway, List.of());
    }

    Optional<Instance> instanceWithPublicIp(IpAddress ip) {
        return Optional.ofNullable(instanceByPublicIp.get(ip));
    }

    Optional<NatGateway> natWithElasticIp(IpAddress ip) {
        return Optional.ofNullable(natByElasticIp.get(ip));
    }

    Optional<InternetHost> internetHost(IpAddress ip) {
        return Optional.ofNullable(internetHostByIp.get(ip));
    }

    Optional<OnPremisesHost> onPremisesHost(IpAddress ip) {
        return Optional.ofNullable(onPremHostByIp.get(ip));
    }

    Optional<EndpointService> endpointService(String idOrServiceName) {
        return Optional.ofNullable(endpointServiceByRef.get(idOrServiceName));
    }

    List<InterfaceEndpoint> interfaceEndpointsIn(String vpc) {
        return interfaceEndpointsByVpc.getOrDefault(vpc, List.of());
    }

    List<GatewayEndpoint> gatewayEndpointsIn(String vpc) {
        return gatewayEndpointsByVpc.getOrDefault(vpc, List.of());
    }

    List<VpcPeering> peeringsOf(String vpc) {
        return peeringsByVpc.getOrDefault(vpc, List.of());
    }

    List<TransitGatewayAttachment> attachmentsOf(String vpc) {
        return attachmentsByVpc.getOrDefault(vpc, List.of());
    }

    Optional<ManagedPrefixList> prefixList(String id) {
        return lab.component(id, ManagedPrefixList.class);
    }

    /**
     * The AWS service that owns a public address: named in its public DNS records, or inside its
     * managed prefix list.
     */
    Optional<AwsService> serviceAt(IpAddress ip) {
        AwsService byRecord = serviceByRecordIp.get(ip);
        if (byRecord != null) {
            return Optional.of(byRecord);
        }
        return services.stream()
                .filter(
                        s ->
                                s.prefixList()
                                        .flatMap(this::prefixList)
                                        .map(
                                                pl ->
                                                        pl.cidrs().stream()
                                                                .anyMatch(c -> c.contains(ip)))
                                        .orElse(false))
                .findFirst();
    }

    /** Every AWS service of the lab, in file order. */
    List<AwsService> services() {
        return services;
    }

    /** Every interface endpoint of the lab, in file order. */
    List<InterfaceEndpoint> interfaceEndpoints() {
        return interfaceEndpoints;
    }

    /**
     * Every endpoint service of the lab, in file order (listed once: a trace that scanned the whole
     * lab for them cost most of a 10,000-component matrix).
     */
    List<EndpointService> endpointServices() {
        return endpointServices;
    }

    /** The interface endpoint one of whose ENIs has this address. */
    Optional<InterfaceEndpoint> endpointWithEni(IpAddress ip) {
        return Optional.ofNullable(endpointByEniIp.get(ip));
    }

    /** Whether the VPC's CIDRs contain the address. */
    static boolean vpcContains(Vpc vpc, IpAddress ip) {
        return vpc.cidr().contains(ip) || vpc.ipv6Cidr().map(c -> c.contains(ip)).orElse(false);
    }

    /** The VPC's CIDR of the address's family, for messages. */
    static Cidr cidrFor(Vpc vpc, IpAddress ip) {
        return ip.isV4() ? vpc.cidr() : vpc.ipv6Cidr().orElse(vpc.cidr());
    }

    /** The on-premises network whose CIDR contains the address. */
    Optional<OnPremisesNetwork> onPremisesNetworkAt(IpAddress ip) {
        return lab.all(OnPremisesNetwork.class).filter(n -> n.cidr().contains(ip)).findFirst();
    }
}
