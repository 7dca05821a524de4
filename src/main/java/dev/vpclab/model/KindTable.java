package dev.vpclab.model;

import static dev.vpclab.model.ComponentKind.*;

import dev.vpclab.model.KindDescriptor.DeleteRule;
import dev.vpclab.model.KindDescriptor.PaletteGroup;
import dev.vpclab.model.KindDescriptor.Place;
import dev.vpclab.model.ReferenceField.OnDelete;
import dev.vpclab.net.IpAddress;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The table of {@link KindDescriptor}s: one case per {@link ComponentKind}, exhaustive, each naming
 * the kind's reference fields and reading them out of its record. The reader is the only code that
 * knows which record component holds which reference.
 */
public final class KindTable {
    private KindTable() {}

    /** Receives the references a {@link Reader} finds. */
    public interface Sink {
        /** One reference: the field, the id it names, the list positions of its {@code []}s. */
        void add(ReferenceField field, String target, int... indexes);
    }

    /** Reads the references out of a component of one kind. */
    public interface Reader {
        void read(Component c, Sink out);
    }

    /** The kinds a VPC route table may send traffic to (the AWS route targets modelled). */
    private static final Set<ComponentKind> ROUTE_TARGETS =
            EnumSet.of(
                    INTERNET_GATEWAY,
                    EGRESS_ONLY_INTERNET_GATEWAY,
                    NAT_GATEWAY,
                    GATEWAY_ENDPOINT,
                    VIRTUAL_PRIVATE_GATEWAY,
                    VPC_PEERING,
                    TRANSIT_GATEWAY,
                    INSTANCE,
                    GATEWAY_LOAD_BALANCER_ENDPOINT);

    /** Where a transit gateway route table associates and routes. */
    private static final Set<ComponentKind> TGW_ATTACHMENTS =
            EnumSet.of(
                    TRANSIT_GATEWAY_ATTACHMENT,
                    VPN_CONNECTION,
                    DIRECT_CONNECT_GATEWAY,
                    TRANSIT_GATEWAY_PEERING);

    /** A policy's conditions may name an endpoint or a VPC (aws:SourceVpce, aws:SourceVpc). */
    private static final Set<ComponentKind> POLICY_NAMES =
            EnumSet.of(GATEWAY_ENDPOINT, INTERFACE_ENDPOINT, VPC);

    private static final String BLACKHOLE = "blackhole";

    // Fields shared by several kinds.
    private static final ReferenceField VPC_OF = ReferenceField.to("vpc", VPC);
    private static final ReferenceField REGION_OF = ReferenceField.named("region", Set.of(REGION));
    // endpoint service: the other Regions consumers may connect from (PrivateLink cross-Region)
    private static final ReferenceField ES_REGIONS =
            ReferenceField.named("supportedRegions[]", Set.of(REGION));

    // subnet
    private static final ReferenceField SUBNET_ROUTE_TABLE =
            ReferenceField.to("routeTable", ROUTE_TABLE)
                    .inOwnVpc()
                    .onDelete(OnDelete.FALLBACK_TO_DEFAULT)
                    .drawn(LineKind.ASSOCIATION);
    private static final ReferenceField SUBNET_NACL =
            ReferenceField.to("nacl", NACL).inOwnVpc().onDelete(OnDelete.FALLBACK_TO_DEFAULT);
    // route table
    private static final ReferenceField RT_DESTINATION =
            ReferenceField.to("routes[].destination", MANAGED_PREFIX_LIST);
    private static final ReferenceField RT_TARGET =
            ReferenceField.to("routes[].target", ROUTE_TARGETS).drawn(LineKind.ROUTE);
    private static final ReferenceField RT_VGWS =
            ReferenceField.to("propagatingVgws[]", VIRTUAL_PRIVATE_GATEWAY).inOwnVpc();
    // edge association: the gateway whose incoming traffic the table routes (R-GWRT-1)
    private static final ReferenceField RT_GATEWAYS =
            ReferenceField.to("gatewayAssociations[]", INTERNET_GATEWAY, VIRTUAL_PRIVATE_GATEWAY)
                    .inOwnVpc()
                    .drawn(LineKind.ASSOCIATION);
    // network ACL: a prefix list in a rule is refused by AWS (R-PL-4); the rule check says so
    private static final ReferenceField NACL_IN =
            ReferenceField.named("inbound[].cidr", Set.of(MANAGED_PREFIX_LIST));
    private static final ReferenceField NACL_OUT =
            ReferenceField.named("outbound[].cidr", Set.of(MANAGED_PREFIX_LIST));
    // security group: a rule's peer is a prefix list or a group (of this VPC or a peered one)
    private static final ReferenceField SG_IN_LIST =
            ReferenceField.to("inbound[].source", MANAGED_PREFIX_LIST);
    private static final ReferenceField SG_IN_GROUP =
            ReferenceField.to("inbound[].source", SECURITY_GROUP);
    private static final ReferenceField SG_OUT_LIST =
            ReferenceField.to("outbound[].destination", MANAGED_PREFIX_LIST);
    private static final ReferenceField SG_OUT_GROUP =
            ReferenceField.to("outbound[].destination", SECURITY_GROUP);
    // instance
    private static final ReferenceField INSTANCE_SUBNET = ReferenceField.to("subnet", SUBNET);
    private static final ReferenceField INSTANCE_GROUPS =
            ReferenceField.to("securityGroups[]", SECURITY_GROUP)
                    .inOwnVpc()
                    .drawn(LineKind.MEMBERSHIP);
    // NAT gateway
    private static final ReferenceField NAT_SUBNET = ReferenceField.to("subnet", SUBNET);
    // EC2 Instance Connect Endpoint
    private static final ReferenceField EICE_SUBNET = ReferenceField.to("subnet", SUBNET);
    private static final ReferenceField EICE_GROUPS =
            ReferenceField.to("securityGroups[]", SECURITY_GROUP)
                    .inOwnVpc()
                    .drawn(LineKind.MEMBERSHIP);
    // gateway endpoint
    private static final ReferenceField GE_ROUTE_TABLES =
            ReferenceField.to("routeTables[]", ROUTE_TABLE)
                    .inOwnVpc()
                    .drawn(LineKind.ENDPOINT_ROUTE);
    private static final ReferenceField GE_PREFIX_LIST =
            ReferenceField.to("prefixList", MANAGED_PREFIX_LIST);
    private static final ReferenceField GE_POLICY = ReferenceField.named("policy", POLICY_NAMES);
    // interface endpoint
    private static final ReferenceField IE_SUBNETS =
            ReferenceField.to("subnets[]", SUBNET).inOwnVpc();
    private static final ReferenceField IE_ENIS =
            ReferenceField.to("enis[].subnet", SUBNET).inOwnVpc();
    private static final ReferenceField IE_GROUPS =
            ReferenceField.to("securityGroups[]", SECURITY_GROUP)
                    .inOwnVpc()
                    .drawn(LineKind.MEMBERSHIP);
    // An AWS service is named (s3, com.amazonaws...); an endpoint service is referenced by id.
    private static final ReferenceField IE_SERVICE =
            ReferenceField.to("service", ENDPOINT_SERVICE).whenId().drawn(LineKind.SERVICE);
    private static final ReferenceField IE_POLICY = ReferenceField.named("policy", POLICY_NAMES);
    // endpoint service
    private static final ReferenceField ES_VPC = ReferenceField.to("providerVpc", VPC);
    private static final ReferenceField ES_NLBS =
            ReferenceField.to("nlbs[]", NLB).inOwnVpc().drawn(LineKind.SERVICE);
    private static final ReferenceField ES_GWLBS =
            ReferenceField.to("gatewayLoadBalancers[]", GATEWAY_LOAD_BALANCER)
                    .inOwnVpc()
                    .drawn(LineKind.SERVICE);
    // Gateway Load Balancer: nodes in subnets of its VPC, appliance instances as targets
    private static final ReferenceField GWLB_NODES =
            ReferenceField.to("nodes[].subnet", SUBNET).inOwnVpc();
    private static final ReferenceField GWLB_TARGETS =
            ReferenceField.to("targets[].id", INSTANCE).inOwnVpc().drawn(LineKind.SERVICE);
    // Gateway Load Balancer endpoint: one interface in one subnet, to a GWLB endpoint service
    private static final ReferenceField GWLBE_SUBNET =
            ReferenceField.to("subnet", SUBNET).inOwnVpc();
    private static final ReferenceField GWLBE_SERVICE =
            ReferenceField.to("service", ENDPOINT_SERVICE).drawn(LineKind.SERVICE);
    // network load balancer
    private static final ReferenceField NLB_SUBNETS =
            ReferenceField.to("subnets[]", SUBNET).inOwnVpc();
    private static final ReferenceField NLB_NODES =
            ReferenceField.to("nodes[].subnet", SUBNET).inOwnVpc();
    private static final ReferenceField NLB_GROUPS =
            ReferenceField.to("securityGroups[]", SECURITY_GROUP).inOwnVpc();
    private static final ReferenceField NLB_TARGETS =
            ReferenceField.to("targetGroups[].targets[].id", INSTANCE).drawn(LineKind.SERVICE);
    // peering
    private static final ReferenceField PEER_REQUESTER =
            ReferenceField.to("requester", VPC).drawn(LineKind.ATTACHMENT);
    private static final ReferenceField PEER_ACCEPTER =
            ReferenceField.to("accepter", VPC).drawn(LineKind.ATTACHMENT);
    // transit gateway
    private static final ReferenceField TGW_ASSOCIATIONS =
            ReferenceField.to("routeTables[].associations[]", TGW_ATTACHMENTS);
    private static final ReferenceField TGW_DESTINATION =
            ReferenceField.to("routeTables[].routes[].destination", MANAGED_PREFIX_LIST);
    private static final ReferenceField TGW_TARGET =
            ReferenceField.to("routeTables[].routes[].target", TGW_ATTACHMENTS);
    // transit gateway attachment
    private static final ReferenceField TGWA_TGW =
            ReferenceField.to("transitGateway", TRANSIT_GATEWAY).drawn(LineKind.ATTACHMENT);
    private static final ReferenceField TGWA_SUBNETS =
            ReferenceField.to("subnets[]", SUBNET).inOwnVpc();
    // VPN connection
    private static final ReferenceField VPN_GATEWAY =
            ReferenceField.to("vpnGateway", VIRTUAL_PRIVATE_GATEWAY, TRANSIT_GATEWAY)
                    .drawn(LineKind.ATTACHMENT);
    private static final ReferenceField VPN_ON_PREMISES =
            ReferenceField.to("onPremises", ON_PREMISES).drawn(LineKind.ATTACHMENT);
    // on-premises network: its router may send traffic into VPN connections or other links a lab
    // may model later, so only existence is checked
    private static final ReferenceField ONPREM_DESTINATION =
            ReferenceField.to("routes[].destination", MANAGED_PREFIX_LIST);
    private static final ReferenceField ONPREM_TARGET =
            ReferenceField.to("routes[].target", EnumSet.allOf(ComponentKind.class));
    // on-premises host
    private static final ReferenceField HOST_NETWORK = ReferenceField.to("network", ON_PREMISES);
    // AWS service
    private static final ReferenceField SERVICE_PREFIX_LIST =
            ReferenceField.to("prefixList", MANAGED_PREFIX_LIST).onDelete(OnDelete.DROP);
    private static final ReferenceField SERVICE_RESOURCE_REGION =
            ReferenceField.named("resources[].region", Set.of(REGION));
    private static final ReferenceField SERVICE_RESOURCE_POLICY =
            ReferenceField.named("resources[].policy", POLICY_NAMES);

    // Route 53 Resolver endpoint: its addresses sit in subnets of its VPC; the endpoint cannot
    // keep an address without its subnet (AWS refuses fewer than two), so it goes with the subnet
    private static final ReferenceField RE_SUBNETS =
            ReferenceField.to("ipAddresses[].subnet", SUBNET).inOwnVpc().onDelete(OnDelete.CASCADE);
    private static final ReferenceField RE_GROUPS =
            ReferenceField.to("securityGroups[]", SECURITY_GROUP)
                    .inOwnVpc()
                    .drawn(LineKind.MEMBERSHIP);
    // Resolver rule: a forward rule goes through an outbound endpoint, used by associated VPCs
    // Deleting the endpoint leaves the rule without one (which check reports), as a rule exists
    // apart from its endpoint in AWS
    private static final ReferenceField RR_ENDPOINT =
            ReferenceField.to("resolverEndpoint", RESOLVER_ENDPOINT)
                    .onDelete(OnDelete.DROP)
                    .drawn(LineKind.ATTACHMENT);
    private static final ReferenceField RR_VPCS =
            ReferenceField.to("vpcs[]", VPC).drawn(LineKind.ASSOCIATION);
    // private hosted zone: associated VPCs; alias records point at interface endpoints
    private static final ReferenceField PHZ_VPCS =
            ReferenceField.to("vpcs[]", VPC).drawn(LineKind.ASSOCIATION);
    private static final ReferenceField PHZ_ALIAS =
            ReferenceField.to("records[].aliasTarget", INTERFACE_ENDPOINT).drawn(LineKind.SERVICE);
    // on-premises resolver
    private static final ReferenceField RESOLVER_NETWORK =
            ReferenceField.to("network", ON_PREMISES);
    // Direct Connect gateway: associated with virtual private gateways or transit gateways (R-DX-2)
    private static final ReferenceField DXGW_ASSOCIATIONS =
            ReferenceField.to("associations[]", VIRTUAL_PRIVATE_GATEWAY, TRANSIT_GATEWAY)
                    .drawn(LineKind.ATTACHMENT);
    // virtual interface: on the router of an on-premises network, to a VGW or a DX gateway (R-DX-1)
    private static final ReferenceField VIF_ON_PREMISES =
            ReferenceField.to("onPremises", ON_PREMISES);
    private static final ReferenceField VIF_GATEWAY =
            ReferenceField.to("gateway", VIRTUAL_PRIVATE_GATEWAY, DIRECT_CONNECT_GATEWAY)
                    .drawn(LineKind.ATTACHMENT);

    // transit gateway peering attachment (R-TGW-2)
    private static final ReferenceField TGWP_REQUESTER =
            ReferenceField.to("requester", TRANSIT_GATEWAY).drawn(LineKind.ATTACHMENT);
    private static final ReferenceField TGWP_ACCEPTER =
            ReferenceField.to("accepter", TRANSIT_GATEWAY).drawn(LineKind.ATTACHMENT);

    /** The descriptor of one kind. Listed, never defaulted: a new kind must say all of this. */
    static KindDescriptor describe(ComponentKind kind) {
        return switch (kind) {
            case REGION ->
                    new KindDescriptor(
                            kind,
                            Region.class,
                            Place.OUTSIDE,
                            false,
                            false,
                            List.of(),
                            List.of(),
                            DeleteRule.ALLOWED,
                            PaletteGroup.OUTSIDE,
                            (c, out) -> {});
            case VPC ->
                    new KindDescriptor(
                            kind,
                            Vpc.class,
                            Place.OUTSIDE,
                            true,
                            false,
                            List.of(REGION_OF),
                            List.of(),
                            DeleteRule.ALLOWED,
                            PaletteGroup.NETWORK,
                            reads(Vpc.class, (v, out) -> out.add(REGION_OF, v.region())));
            case SUBNET ->
                    inVpc(
                            kind,
                            Subnet.class,
                            true,
                            List.of(VPC_OF, SUBNET_ROUTE_TABLE, SUBNET_NACL),
                            reads(
                                    Subnet.class,
                                    (s, out) -> {
                                        out.add(VPC_OF, s.vpc());
                                        out.add(SUBNET_ROUTE_TABLE, s.routeTable());
                                        out.add(SUBNET_NACL, s.nacl());
                                    }));
            case ROUTE_TABLE ->
                    new KindDescriptor(
                            kind,
                            RouteTable.class,
                            Place.IN_VPC,
                            false,
                            false,
                            List.of(VPC_OF, RT_DESTINATION, RT_TARGET, RT_VGWS, RT_GATEWAYS),
                            List.of(VPC_OF.path()),
                            DeleteRule.NOT_THE_MAIN_ROUTE_TABLE,
                            PaletteGroup.NETWORK,
                            reads(
                                    RouteTable.class,
                                    (rt, out) -> {
                                        out.add(VPC_OF, rt.vpc());
                                        routes(rt.routes(), RT_DESTINATION, RT_TARGET, out);
                                        each(RT_VGWS, rt.propagatingVgws(), out);
                                        each(RT_GATEWAYS, rt.gatewayAssociations(), out);
                                    }));
            case NACL ->
                    new KindDescriptor(
                            kind,
                            NetworkAcl.class,
                            Place.IN_VPC,
                            false,
                            false,
                            List.of(VPC_OF, NACL_IN, NACL_OUT),
                            List.of(VPC_OF.path()),
                            DeleteRule.NOT_THE_DEFAULT_ACL,
                            PaletteGroup.NETWORK,
                            reads(
                                    NetworkAcl.class,
                                    (n, out) -> {
                                        out.add(VPC_OF, n.vpc());
                                        naclRules(NACL_IN, n.inbound(), out);
                                        naclRules(NACL_OUT, n.outbound(), out);
                                    }));
            case SECURITY_GROUP ->
                    inVpc(
                            kind,
                            SecurityGroup.class,
                            false,
                            List.of(VPC_OF, SG_IN_LIST, SG_IN_GROUP, SG_OUT_LIST, SG_OUT_GROUP),
                            reads(
                                    SecurityGroup.class,
                                    (g, out) -> {
                                        out.add(VPC_OF, g.vpc());
                                        rules(g.inbound(), SG_IN_LIST, SG_IN_GROUP, out);
                                        rules(g.outbound(), SG_OUT_LIST, SG_OUT_GROUP, out);
                                    }));
            case INSTANCE ->
                    inSubnet(
                            kind,
                            Instance.class,
                            List.of(INSTANCE_SUBNET, INSTANCE_GROUPS),
                            List.of(INSTANCE_SUBNET.path()),
                            PaletteGroup.COMPUTE,
                            reads(
                                    Instance.class,
                                    (i, out) -> {
                                        out.add(INSTANCE_SUBNET, i.subnet());
                                        each(INSTANCE_GROUPS, i.securityGroups(), out);
                                    }));
            case INTERNET_GATEWAY ->
                    onVpcEdge(
                            kind,
                            InternetGateway.class,
                            reads(InternetGateway.class, (g, out) -> out.add(VPC_OF, g.vpc())));
            case EGRESS_ONLY_INTERNET_GATEWAY ->
                    onVpcEdge(
                            kind,
                            EgressOnlyInternetGateway.class,
                            reads(
                                    EgressOnlyInternetGateway.class,
                                    (g, out) -> out.add(VPC_OF, g.vpc())));
            case VIRTUAL_PRIVATE_GATEWAY ->
                    onVpcEdge(
                            kind,
                            VirtualPrivateGateway.class,
                            reads(
                                    VirtualPrivateGateway.class,
                                    (g, out) -> out.add(VPC_OF, g.vpc())));
            case NAT_GATEWAY ->
                    inSubnet(
                            kind,
                            NatGateway.class,
                            List.of(NAT_SUBNET),
                            List.of(NAT_SUBNET.path()),
                            PaletteGroup.GATEWAYS,
                            reads(NatGateway.class, (n, out) -> out.add(NAT_SUBNET, n.subnet())));
            case MANAGED_PREFIX_LIST ->
                    outside(
                            kind,
                            ManagedPrefixList.class,
                            List.of(REGION_OF),
                            PaletteGroup.ENDPOINTS,
                            reads(
                                    ManagedPrefixList.class,
                                    (p, out) -> out.add(REGION_OF, p.region())));
            case GATEWAY_ENDPOINT ->
                    new KindDescriptor(
                            kind,
                            GatewayEndpoint.class,
                            Place.IN_VPC,
                            false,
                            false,
                            List.of(VPC_OF, REGION_OF, GE_ROUTE_TABLES, GE_PREFIX_LIST, GE_POLICY),
                            List.of(VPC_OF.path()),
                            DeleteRule.ALLOWED,
                            PaletteGroup.ENDPOINTS,
                            reads(
                                    GatewayEndpoint.class,
                                    (e, out) -> {
                                        out.add(VPC_OF, e.vpc());
                                        out.add(REGION_OF, e.region());
                                        each(GE_ROUTE_TABLES, e.routeTables(), out);
                                        out.add(GE_PREFIX_LIST, e.prefixList());
                                        policy(GE_POLICY, e.policy(), out);
                                    }));
            case INTERFACE_ENDPOINT ->
                    inSubnet(
                            kind,
                            InterfaceEndpoint.class,
                            List.of(VPC_OF, IE_SUBNETS, IE_ENIS, IE_GROUPS, IE_SERVICE, IE_POLICY),
                            // The first interface's subnet, else the first subnet, else the VPC.
                            List.of(IE_ENIS.path(), IE_SUBNETS.path(), VPC_OF.path()),
                            PaletteGroup.ENDPOINTS,
                            reads(
                                    InterfaceEndpoint.class,
                                    (e, out) -> {
                                        out.add(VPC_OF, e.vpc());
                                        each(IE_SUBNETS, e.subnets(), out);
                                        for (int k = 0; k < e.enis().size(); k++) {
                                            out.add(IE_ENIS, e.enis().get(k).subnet(), k);
                                        }
                                        each(IE_GROUPS, e.securityGroups(), out);
                                        out.add(IE_SERVICE, e.service());
                                        policy(IE_POLICY, e.policy(), out);
                                    }));
            case ENDPOINT_SERVICE ->
                    outside(
                            kind,
                            EndpointService.class,
                            List.of(ES_VPC, ES_NLBS, ES_GWLBS, ES_REGIONS),
                            PaletteGroup.ENDPOINTS,
                            reads(
                                    EndpointService.class,
                                    (s, out) -> {
                                        out.add(ES_VPC, s.providerVpc());
                                        each(ES_NLBS, s.nlbs(), out);
                                        each(ES_GWLBS, s.gatewayLoadBalancers(), out);
                                        each(ES_REGIONS, s.supportedRegions(), out);
                                    }));
            case NLB ->
                    inSubnet(
                            kind,
                            NetworkLoadBalancer.class,
                            List.of(VPC_OF, NLB_SUBNETS, NLB_NODES, NLB_GROUPS, NLB_TARGETS),
                            List.of(NLB_NODES.path(), NLB_SUBNETS.path(), VPC_OF.path()),
                            PaletteGroup.COMPUTE,
                            reads(NetworkLoadBalancer.class, KindTable::nlb));
            case VPC_PEERING ->
                    outside(
                            kind,
                            VpcPeering.class,
                            List.of(PEER_REQUESTER, PEER_ACCEPTER),
                            PaletteGroup.GATEWAYS,
                            reads(
                                    VpcPeering.class,
                                    (p, out) -> {
                                        out.add(PEER_REQUESTER, p.requester());
                                        out.add(PEER_ACCEPTER, p.accepter());
                                    }));
            case TRANSIT_GATEWAY ->
                    outside(
                            kind,
                            TransitGateway.class,
                            List.of(REGION_OF, TGW_ASSOCIATIONS, TGW_DESTINATION, TGW_TARGET),
                            PaletteGroup.GATEWAYS,
                            reads(TransitGateway.class, KindTable::transitGateway));
            case TRANSIT_GATEWAY_ATTACHMENT ->
                    inVpc(
                            kind,
                            TransitGatewayAttachment.class,
                            false,
                            List.of(TGWA_TGW, VPC_OF, TGWA_SUBNETS),
                            reads(
                                    TransitGatewayAttachment.class,
                                    (a, out) -> {
                                        out.add(TGWA_TGW, a.transitGateway());
                                        out.add(VPC_OF, a.vpc());
                                        each(TGWA_SUBNETS, a.subnets(), out);
                                    }),
                            PaletteGroup.GATEWAYS);
            case VPN_CONNECTION ->
                    outside(
                            kind,
                            VpnConnection.class,
                            List.of(VPN_GATEWAY, VPN_ON_PREMISES),
                            PaletteGroup.GATEWAYS,
                            reads(
                                    VpnConnection.class,
                                    (v, out) -> {
                                        out.add(VPN_GATEWAY, v.vpnGateway());
                                        out.add(VPN_ON_PREMISES, v.onPremises());
                                    }));
            case ON_PREMISES ->
                    new KindDescriptor(
                            kind,
                            OnPremisesNetwork.class,
                            Place.OUTSIDE,
                            true,
                            false,
                            // dnsResolver is a description, not an id
                            List.of(ONPREM_DESTINATION, ONPREM_TARGET),
                            List.of(),
                            DeleteRule.ALLOWED,
                            PaletteGroup.OUTSIDE,
                            reads(
                                    OnPremisesNetwork.class,
                                    (n, out) ->
                                            routes(
                                                    n.routes(),
                                                    ONPREM_DESTINATION,
                                                    ONPREM_TARGET,
                                                    out)));
            case ON_PREMISES_HOST ->
                    new KindDescriptor(
                            kind,
                            OnPremisesHost.class,
                            Place.IN_ON_PREMISES,
                            false,
                            false,
                            List.of(HOST_NETWORK),
                            List.of(HOST_NETWORK.path()),
                            DeleteRule.ALLOWED,
                            PaletteGroup.OUTSIDE,
                            reads(
                                    OnPremisesHost.class,
                                    (h, out) -> out.add(HOST_NETWORK, h.network())));
            case INTERNET_HOST ->
                    outside(
                            kind,
                            InternetHost.class,
                            List.of(),
                            PaletteGroup.OUTSIDE,
                            (c, out) -> {});
            case AWS_SERVICE ->
                    outside(
                            kind,
                            AwsService.class,
                            List.of(
                                    REGION_OF,
                                    SERVICE_PREFIX_LIST,
                                    SERVICE_RESOURCE_REGION,
                                    SERVICE_RESOURCE_POLICY),
                            PaletteGroup.ENDPOINTS,
                            reads(AwsService.class, KindTable::awsService));
            case RESOLVER_ENDPOINT ->
                    inSubnet(
                            kind,
                            ResolverEndpoint.class,
                            List.of(VPC_OF, RE_SUBNETS, RE_GROUPS),
                            List.of(RE_SUBNETS.path(), VPC_OF.path()),
                            PaletteGroup.ENDPOINTS,
                            reads(
                                    ResolverEndpoint.class,
                                    (e, out) -> {
                                        out.add(VPC_OF, e.vpc());
                                        for (int k = 0; k < e.ipAddresses().size(); k++) {
                                            out.add(RE_SUBNETS, e.ipAddresses().get(k).subnet(), k);
                                        }
                                        each(RE_GROUPS, e.securityGroups(), out);
                                    }));
            case RESOLVER_RULE ->
                    outside(
                            kind,
                            ResolverRule.class,
                            List.of(RR_ENDPOINT, RR_VPCS),
                            PaletteGroup.ENDPOINTS,
                            reads(
                                    ResolverRule.class,
                                    (r, out) -> {
                                        r.resolverEndpoint()
                                                .ifPresent(e -> out.add(RR_ENDPOINT, e));
                                        each(RR_VPCS, r.vpcs(), out);
                                    }));
            case PRIVATE_HOSTED_ZONE ->
                    outside(
                            kind,
                            PrivateHostedZone.class,
                            List.of(PHZ_VPCS, PHZ_ALIAS),
                            PaletteGroup.ENDPOINTS,
                            reads(
                                    PrivateHostedZone.class,
                                    (z, out) -> {
                                        each(PHZ_VPCS, z.vpcs(), out);
                                        for (int k = 0; k < z.records().size(); k++) {
                                            int at = k;
                                            z.records()
                                                    .get(k)
                                                    .aliasTarget()
                                                    .ifPresent(t -> out.add(PHZ_ALIAS, t, at));
                                        }
                                    }));
            case ON_PREMISES_RESOLVER ->
                    new KindDescriptor(
                            kind,
                            OnPremisesResolver.class,
                            Place.IN_ON_PREMISES,
                            false,
                            false,
                            List.of(RESOLVER_NETWORK),
                            List.of(RESOLVER_NETWORK.path()),
                            DeleteRule.ALLOWED,
                            PaletteGroup.OUTSIDE,
                            reads(
                                    OnPremisesResolver.class,
                                    (r, out) -> out.add(RESOLVER_NETWORK, r.network())));
            case DIRECT_CONNECT_GATEWAY ->
                    outside(
                            kind,
                            DirectConnectGateway.class,
                            List.of(DXGW_ASSOCIATIONS),
                            PaletteGroup.GATEWAYS,
                            reads(
                                    DirectConnectGateway.class,
                                    (g, out) -> each(DXGW_ASSOCIATIONS, g.associations(), out)));
            case VIRTUAL_INTERFACE ->
                    new KindDescriptor(
                            kind,
                            VirtualInterface.class,
                            Place.IN_ON_PREMISES,
                            false,
                            false,
                            List.of(VIF_ON_PREMISES, VIF_GATEWAY),
                            List.of(VIF_ON_PREMISES.path()),
                            DeleteRule.ALLOWED,
                            PaletteGroup.OUTSIDE,
                            reads(
                                    VirtualInterface.class,
                                    (v, out) -> {
                                        out.add(VIF_ON_PREMISES, v.onPremises());
                                        v.gateway().ifPresent(g -> out.add(VIF_GATEWAY, g));
                                    }));
            case TRANSIT_GATEWAY_PEERING ->
                    outside(
                            kind,
                            TransitGatewayPeering.class,
                            List.of(TGWP_REQUESTER, TGWP_ACCEPTER),
                            PaletteGroup.GATEWAYS,
                            reads(
                                    TransitGatewayPeering.class,
                                    (p, out) -> {
                                        out.add(TGWP_REQUESTER, p.requester());
                                        out.add(TGWP_ACCEPTER, p.accepter());
                                    }));
            case GATEWAY_LOAD_BALANCER ->
                    inSubnet(
                            kind,
                            GatewayLoadBalancer.class,
                            List.of(VPC_OF, GWLB_NODES, GWLB_TARGETS),
                            List.of(GWLB_NODES.path(), VPC_OF.path()),
                            PaletteGroup.COMPUTE,
                            reads(
                                    GatewayLoadBalancer.class,
                                    (g, out) -> {
                                        out.add(VPC_OF, g.vpc());
                                        for (int k = 0; k < g.nodes().size(); k++) {
                                            out.add(GWLB_NODES, g.nodes().get(k).subnet(), k);
                                        }
                                        for (int k = 0; k < g.targets().size(); k++) {
                                            out.add(GWLB_TARGETS, g.targets().get(k).id(), k);
                                        }
                                    }));
            case GATEWAY_LOAD_BALANCER_ENDPOINT ->
                    inSubnet(
                            kind,
                            GatewayLoadBalancerEndpoint.class,
                            List.of(VPC_OF, GWLBE_SUBNET, GWLBE_SERVICE),
                            List.of(GWLBE_SUBNET.path()),
                            PaletteGroup.ENDPOINTS,
                            reads(
                                    GatewayLoadBalancerEndpoint.class,
                                    (e, out) -> {
                                        out.add(VPC_OF, e.vpc());
                                        out.add(GWLBE_SUBNET, e.subnet());
                                        out.add(GWLBE_SERVICE, e.service());
                                    }));
            case INSTANCE_CONNECT_ENDPOINT ->
                    inSubnet(
                            kind,
                            InstanceConnectEndpoint.class,
                            List.of(EICE_SUBNET, EICE_GROUPS),
                            List.of(EICE_SUBNET.path()),
                            PaletteGroup.ENDPOINTS,
                            reads(
                                    InstanceConnectEndpoint.class,
                                    (e, out) -> {
                                        out.add(EICE_SUBNET, e.subnet());
                                        each(EICE_GROUPS, e.securityGroups(), out);
                                    }));
        };
    }

    private static KindDescriptor inVpc(
            ComponentKind kind,
            Class<? extends Component> type,
            boolean container,
            List<ReferenceField> fields,
            Reader reader) {
        return inVpc(kind, type, container, fields, reader, PaletteGroup.NETWORK);
    }

    private static KindDescriptor inVpc(
            ComponentKind kind,
            Class<? extends Component> type,
            boolean container,
            List<ReferenceField> fields,
            Reader reader,
            PaletteGroup palette) {
        return new KindDescriptor(
                kind,
                type,
                Place.IN_VPC,
                container,
                false,
                fields,
                List.of(VPC_OF.path()),
                DeleteRule.ALLOWED,
                palette,
                reader);
    }

    private static KindDescriptor onVpcEdge(
            ComponentKind kind, Class<? extends Component> type, Reader reader) {
        return new KindDescriptor(
                kind,
                type,
                Place.IN_VPC,
                false,
                true,
                List.of(VPC_OF),
                List.of(VPC_OF.path()),
                DeleteRule.ALLOWED,
                PaletteGroup.GATEWAYS,
                reader);
    }

    private static KindDescriptor inSubnet(
            ComponentKind kind,
            Class<? extends Component> type,
            List<ReferenceField> fields,
            List<String> parentPaths,
            PaletteGroup palette,
            Reader reader) {
        return new KindDescriptor(
                kind,
                type,
                Place.IN_SUBNET,
                false,
                false,
                fields,
                parentPaths,
                DeleteRule.ALLOWED,
                palette,
                reader);
    }

    private static KindDescriptor outside(
            ComponentKind kind,
            Class<? extends Component> type,
            List<ReferenceField> fields,
            PaletteGroup palette,
            Reader reader) {
        return new KindDescriptor(
                kind,
                type,
                Place.OUTSIDE,
                false,
                false,
                fields,
                List.of(),
                DeleteRule.ALLOWED,
                palette,
                reader);
    }

    private static <T extends Component> Reader reads(Class<T> type, BiConsumer<T, Sink> body) {
        return (c, out) -> body.accept(type.cast(c), out);
    }

    private static void each(ReferenceField field, List<String> ids, Sink out) {
        for (int k = 0; k < ids.size(); k++) {
            out.add(field, ids.get(k), k);
        }
    }

    private static void routes(
            List<Route> routes, ReferenceField destination, ReferenceField target, Sink out) {
        for (int k = 0; k < routes.size(); k++) {
            Route r = routes.get(k);
            if (r.destination() instanceof AddressSet.PrefixList pl) {
                out.add(destination, pl.id(), k);
            }
            if (!r.isLocal()) {
                out.add(target, r.target(), k);
            }
        }
    }

    private static void naclRules(ReferenceField field, List<NaclRule> rules, Sink out) {
        for (int k = 0; k < rules.size(); k++) {
            if (rules.get(k).cidr() instanceof AddressSet.PrefixList pl) {
                out.add(field, pl.id(), k);
            }
        }
    }

    private static void rules(
            List<SecurityGroupRule> rules,
            ReferenceField prefixList,
            ReferenceField group,
            Sink out) {
        for (int k = 0; k < rules.size(); k++) {
            AddressSet peer = rules.get(k).peer();
            if (peer instanceof AddressSet.PrefixList pl) {
                out.add(prefixList, pl.id(), k);
            } else if (peer instanceof AddressSet.SecurityGroupRef ref) {
                out.add(group, ref.id(), k);
            }
        }
    }

    /**
     * The condition values of a policy document: where aws:SourceVpce and aws:SourceVpc name ids.
     */
    private static void policy(ReferenceField field, Policy policy, Sink out, int... indexes) {
        if (policy instanceof Policy.Document d) {
            for (Policy.Statement s : d.statements()) {
                for (Policy.Condition c : s.conditions()) {
                    for (String v : c.values()) {
                        out.add(field, v, indexes);
                    }
                }
            }
        }
    }

    private static void nlb(NetworkLoadBalancer n, Sink out) {
        out.add(VPC_OF, n.vpc());
        each(NLB_SUBNETS, n.subnets(), out);
        for (int k = 0; k < n.nodes().size(); k++) {
            out.add(NLB_NODES, n.nodes().get(k).subnet(), k);
        }
        each(NLB_GROUPS, n.securityGroups(), out);
        for (int g = 0; g < n.targetGroups().size(); g++) {
            List<NetworkLoadBalancer.Target> targets = n.targetGroups().get(g).targets();
            for (int k = 0; k < targets.size(); k++) {
                String id = targets.get(k).id();
                // Targets of type ip are addresses, not component ids.
                if (IpAddress.tryParse(id).isEmpty()) {
                    out.add(NLB_TARGETS, id, g, k);
                }
            }
        }
    }

    private static void transitGateway(TransitGateway t, Sink out) {
        out.add(REGION_OF, t.region());
        for (int r = 0; r < t.routeTables().size(); r++) {
            TransitGateway.RouteTableEntry table = t.routeTables().get(r);
            for (int k = 0; k < table.associations().size(); k++) {
                out.add(TGW_ASSOCIATIONS, table.associations().get(k), r, k);
            }
            for (int k = 0; k < table.routes().size(); k++) {
                Route route = table.routes().get(k);
                if (route.destination() instanceof AddressSet.PrefixList pl) {
                    out.add(TGW_DESTINATION, pl.id(), r, k);
                }
                if (!BLACKHOLE.equals(route.target())) {
                    out.add(TGW_TARGET, route.target(), r, k);
                }
            }
        }
    }

    private static void awsService(AwsService s, Sink out) {
        out.add(REGION_OF, s.region());
        s.prefixList().ifPresent(pl -> out.add(SERVICE_PREFIX_LIST, pl));
        for (int k = 0; k < s.resources().size(); k++) {
            AwsService.Resource r = s.resources().get(k);
            out.add(SERVICE_RESOURCE_REGION, r.region(), k);
            int at = k;
            r.policy().ifPresent(p -> policy(SERVICE_RESOURCE_POLICY, p, out, at));
        }
    }
}
