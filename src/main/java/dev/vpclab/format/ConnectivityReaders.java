package dev.vpclab.format;

import dev.vpclab.model.DirectConnectGateway;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.FieldChoices;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.NatConnectivity;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.TransitGatewayPeering;
import dev.vpclab.model.VirtualInterface;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.model.VpnConnection;
import java.util.Optional;

/**
 * Reads instances, gateways and the connections between networks: internet, egress-only and NAT
 * gateways, peering, transit gateways, VPN, on-premises networks and hosts, internet hosts.
 */
final class ConnectivityReaders {
    private ConnectivityReaders() {}

    static Instance instance(Fields f) {
        return new Instance(
                f.component(),
                f.text("subnet"),
                f.ip("privateIp"),
                f.optIp("publicIp"),
                f.optIp("ipv6"),
                f.texts("securityGroups"),
                f.optText("iamRole"));
    }

    static InternetGateway internetGateway(Fields f) {
        return new InternetGateway(f.component(), f.text("vpc"));
    }

    static EgressOnlyInternetGateway egressOnlyInternetGateway(Fields f) {
        return new EgressOnlyInternetGateway(f.component(), f.text("vpc"));
    }

    static NatGateway natGateway(Fields f) {
        // public is the AWS default connectivity type (R-NAT-1)
        String connectivity = f.choice("connectivity", "public", FieldChoices.NAT_CONNECTIVITY);
        return new NatGateway(
                f.component(),
                f.text("subnet"),
                connectivity.equals("public") ? NatConnectivity.PUBLIC : NatConnectivity.PRIVATE,
                f.ip("privateIp"),
                f.optIp("elasticIp"));
    }

    static VpcPeering vpcPeering(Fields f) {
        return new VpcPeering(
                f.component(),
                f.text("requester"),
                f.text("accepter"),
                f.choice("status", null, FieldChoices.PEERING_STATUS),
                f.bool("interRegion", false));
    }

    static TransitGateway transitGateway(Fields f) {
        return new TransitGateway(
                f.component(),
                f.text("region"),
                f.objects("routeTables", ConnectivityReaders::transitGatewayRouteTable));
    }

    private static Optional<TransitGateway.RouteTableEntry> transitGatewayRouteTable(Fields f) {
        String id = f.text("id");
        f.claimId(id);
        return Optional.of(
                new TransitGateway.RouteTableEntry(
                        id,
                        f.texts("associations"),
                        f.objects("routes", r -> Optional.of(NetworkReaders.route(r)))));
    }

    static TransitGatewayAttachment transitGatewayAttachment(Fields f) {
        return new TransitGatewayAttachment(
                f.component(),
                f.text("transitGateway"),
                f.text("vpc"),
                f.texts("subnets"),
                f.text("routeTable"));
    }

    static VirtualPrivateGateway virtualPrivateGateway(Fields f) {
        return new VirtualPrivateGateway(f.component(), f.text("vpc"));
    }

    static VpnConnection vpnConnection(Fields f) {
        return new VpnConnection(
                f.component(),
                f.text("vpnGateway"),
                f.text("onPremises"),
                f.ip("customerGatewayIp"),
                f.choice("routing", "static", FieldChoices.VPN_ROUTING),
                f.list("staticRoutes", f::cidr));
    }

    static DirectConnectGateway directConnectGateway(Fields f) {
        return new DirectConnectGateway(f.component(), f.texts("associations"));
    }

    static VirtualInterface virtualInterface(Fields f) {
        return new VirtualInterface(
                f.component(),
                f.choice("type", null, VirtualInterface.TYPES),
                f.text("onPremises"),
                f.optText("gateway"),
                // 802.1Q VLAN ids (Direct Connect accepts 1-4094)
                f.integer("vlan", 1, 4094),
                f.optIp("customerAddress"));
    }

    static TransitGatewayPeering transitGatewayPeering(Fields f) {
        return new TransitGatewayPeering(
                f.component(),
                f.text("requester"),
                f.text("accepter"),
                f.choice("status", "available", TransitGatewayPeering.STATES));
    }

    static OnPremisesNetwork onPremises(Fields f) {
        return new OnPremisesNetwork(
                f.component(),
                f.cidr("cidr"),
                f.objects("routes", r -> Optional.of(NetworkReaders.route(r))),
                f.text("dnsResolver"));
    }

    static OnPremisesHost onPremisesHost(Fields f) {
        return new OnPremisesHost(f.component(), f.text("network"), f.ip("ip"));
    }

    static InternetHost internetHost(Fields f) {
        return new InternetHost(f.component(), f.ip("ip"), f.optIp("ipv6"));
    }
}
