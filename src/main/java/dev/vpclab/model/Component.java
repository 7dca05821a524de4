package dev.vpclab.model;

/**
 * A component of a lab: one AWS resource (or a stand-in for something outside AWS, such as an
 * on-premises network or a host on the internet). Every component has an id that is unique across
 * the lab.
 */
public sealed interface Component
        permits AwsService,
                DirectConnectGateway,
                EgressOnlyInternetGateway,
                EndpointService,
                GatewayEndpoint,
                GatewayLoadBalancer,
                GatewayLoadBalancerEndpoint,
                Instance,
                InstanceConnectEndpoint,
                InterfaceEndpoint,
                InternetGateway,
                InternetHost,
                ManagedPrefixList,
                NatGateway,
                NetworkAcl,
                NetworkLoadBalancer,
                OnPremisesHost,
                OnPremisesNetwork,
                OnPremisesResolver,
                PrivateHostedZone,
                Region,
                ResolverEndpoint,
                ResolverRule,
                RouteTable,
                SecurityGroup,
                Subnet,
                TransitGateway,
                TransitGatewayAttachment,
                TransitGatewayPeering,
                VirtualInterface,
                VirtualPrivateGateway,
                Vpc,
                VpcPeering,
                VpnConnection {

    /** The id, unique in the lab, as AWS would show it (for example {@code vpc-main}). */
    String id();

    /** The kind, as written in the lab file. */
    ComponentKind kind();
}
