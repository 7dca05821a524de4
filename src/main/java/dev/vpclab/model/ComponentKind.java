package dev.vpclab.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of component of the lab format, with the name each has in a lab file. */
public enum ComponentKind {
    REGION("region"),
    VPC("vpc"),
    SUBNET("subnet"),
    ROUTE_TABLE("routeTable"),
    NACL("nacl"),
    SECURITY_GROUP("securityGroup"),
    INSTANCE("instance"),
    INTERNET_GATEWAY("internetGateway"),
    EGRESS_ONLY_INTERNET_GATEWAY("egressOnlyInternetGateway"),
    NAT_GATEWAY("natGateway"),
    MANAGED_PREFIX_LIST("managedPrefixList"),
    GATEWAY_ENDPOINT("gatewayEndpoint"),
    INTERFACE_ENDPOINT("interfaceEndpoint"),
    ENDPOINT_SERVICE("endpointService"),
    NLB("nlb"),
    VPC_PEERING("vpcPeering"),
    TRANSIT_GATEWAY("transitGateway"),
    TRANSIT_GATEWAY_ATTACHMENT("transitGatewayAttachment"),
    VIRTUAL_PRIVATE_GATEWAY("virtualPrivateGateway"),
    VPN_CONNECTION("vpnConnection"),
    ON_PREMISES("onPremises"),
    ON_PREMISES_HOST("onPremisesHost"),
    INTERNET_HOST("internetHost"),
    AWS_SERVICE("awsService"),
    RESOLVER_ENDPOINT("resolverEndpoint"),
    RESOLVER_RULE("resolverRule"),
    PRIVATE_HOSTED_ZONE("privateHostedZone"),
    ON_PREMISES_RESOLVER("onPremisesResolver"),
    DIRECT_CONNECT_GATEWAY("directConnectGateway"),
    VIRTUAL_INTERFACE("virtualInterface"),
    TRANSIT_GATEWAY_PEERING("transitGatewayPeering"),
    GATEWAY_LOAD_BALANCER("gatewayLoadBalancer"),
    GATEWAY_LOAD_BALANCER_ENDPOINT("gatewayLoadBalancerEndpoint"),
    INSTANCE_CONNECT_ENDPOINT("instanceConnectEndpoint");

    private final String fileName;

    ComponentKind(String fileName) {
        this.fileName = fileName;
    }

    /** The name used for {@code kind} in a lab file. */
    public String fileName() {
        return fileName;
    }

    /** The kind with this file name, if any. */
    public static Optional<ComponentKind> fromFileName(String name) {
        return Arrays.stream(values()).filter(k -> k.fileName.equals(name)).findFirst();
    }
}
