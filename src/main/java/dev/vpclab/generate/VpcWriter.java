package dev.vpclab.generate;

import dev.vpclab.model.AddressSet;
import dev.vpclab.model.Component;
import dev.vpclab.model.EndpointEni;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.NaclRule;
import dev.vpclab.model.NatConnectivity;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.Policy;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.RuleAction;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.SecurityGroupRule;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.PortRange;
import dev.vpclab.net.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Writes the components of one planned VPC, in the order a person would create them. */
final class VpcWriter {
    /** The CIDR every generated VPC is carved from; the security groups admit all of it. */
    static final Cidr LAB_SPACE = Cidr.parse("10.0.0.0/8");

    static final Cidr ON_PREMISES = Cidr.parse("192.168.0.0/16");

    private static final Cidr ANY = Cidr.parse("0.0.0.0/0");

    private final Random random;
    private final PublicAddresses publicAddresses;

    VpcWriter(Random random, PublicAddresses publicAddresses) {
        this.random = random;
        this.publicAddresses = publicAddresses;
    }

    /** The VPC, its network ACL and security groups, gateways and subnets. */
    void writeNetwork(VpcPlan p, List<Component> out) {
        out.add(
                new Vpc(
                        p.id,
                        LabGenerator.REGION,
                        Optional.of(p.account),
                        p.cidr,
                        Optional.empty(),
                        true,
                        true));
        out.add(nacl(p));
        out.add(securityGroup(p.sgApp(), p, PortRange.parse("443"), true));
        if (p.internet) {
            out.add(new InternetGateway(p.igw(), p.id));
        }
        for (int z = 0; z < p.azNames.size(); z++) {
            if (p.internet) {
                out.add(subnet(p, p.publicSubnets.get(z), z, p.rtPublic()));
            }
            out.add(subnet(p, p.privateSubnets.get(z), z, p.rtPrivate()));
        }
        if (p.internet) {
            String first = p.publicSubnets.get(0);
            out.add(
                    new NatGateway(
                            p.nat(),
                            first,
                            NatConnectivity.PUBLIC,
                            p.nextAddress(first),
                            Optional.of(publicAddresses.next())));
        }
    }

    /** One instance in a private subnet (or, for a bastion, in the first public subnet). */
    Instance instance(VpcPlan p, String subnetId, boolean bastion) {
        String id = "i-" + p.tag + "-" + (p.instances.size() + 1);
        p.instances.add(id);
        return new Instance(
                id,
                subnetId,
                p.nextAddress(subnetId),
                bastion ? Optional.of(publicAddresses.next()) : Optional.empty(),
                Optional.empty(),
                List.of(p.sgApp()),
                Optional.of("app-role"));
    }

    /** The S3 gateway endpoint of the VPC, on its private route table. */
    GatewayEndpoint gatewayEndpoint(VpcPlan p, String prefixList) {
        return new GatewayEndpoint(
                p.gatewayEndpointId(),
                p.id,
                "s3",
                LabGenerator.REGION,
                "com.amazonaws." + LabGenerator.REGION + ".s3",
                List.of(p.rtPrivate()),
                prefixList,
                new Policy.DefaultFullAccess(),
                "ipv4",
                "service-defined");
    }

    /** The endpoint security group: HTTPS from the lab's networks. */
    SecurityGroup endpointSecurityGroup(VpcPlan p) {
        return securityGroup(p.sgEndpoint(), p, PortRange.parse("443"), false);
    }

    /**
     * An interface endpoint with one network interface in each private subnet: to an AWS service
     * (private DNS on) or to an endpoint service (private DNS off).
     */
    InterfaceEndpoint interfaceEndpoint(
            VpcPlan p, String id, String service, String serviceName, List<String> privateDns) {
        String suffix = Integer.toHexString(0x10000000 | random.nextInt(0x0fffffff));
        List<EndpointEni> enis = new ArrayList<>();
        List<String> zonal = new ArrayList<>();
        for (int z = 0; z < p.privateSubnets.size(); z++) {
            String subnetId = p.privateSubnets.get(z);
            enis.add(
                    new EndpointEni(
                            "eni-" + id.substring("vpce-".length()) + "-" + (z + 1),
                            subnetId,
                            p.azNames.get(z),
                            p.azIds.get(z),
                            p.nextAddress(subnetId)));
            zonal.add(
                    id
                            + "-"
                            + suffix
                            + "-"
                            + p.azNames.get(z)
                            + "."
                            + service
                            + "."
                            + LabGenerator.REGION
                            + ".vpce.amazonaws.com");
        }
        return new InterfaceEndpoint(
                id,
                p.id,
                service,
                serviceName,
                p.privateSubnets,
                enis,
                List.of(p.sgEndpoint()),
                !privateDns.isEmpty(),
                false,
                InterfaceEndpoint.AVAILABLE,
                Optional.of(
                        id
                                + "-"
                                + suffix
                                + "."
                                + service
                                + "."
                                + LabGenerator.REGION
                                + ".vpce.amazonaws.com"),
                zonal,
                // A list of its own: a writer may turn one shared list into YAML aliases.
                new ArrayList<>(privateDns),
                new Policy.DefaultFullAccess());
    }

    TransitGatewayAttachment attachment(VpcPlan p, String tgw, String tgwRouteTable) {
        return new TransitGatewayAttachment(
                p.attachment(), tgw, p.id, p.privateSubnets, tgwRouteTable);
    }

    /** The route tables, written last so that they hold every route the plan gathered. */
    void writeRouteTables(VpcPlan p, String prefixList, List<Component> out) {
        Route local = new Route(new AddressSet.Block(p.cidr), Route.LOCAL, RouteOrigin.STATIC);
        if (p.internet) {
            List<Route> routes = new ArrayList<>();
            routes.add(local);
            routes.add(new Route(new AddressSet.Block(ANY), p.igw(), RouteOrigin.STATIC));
            routes.addAll(p.extraPublicRoutes);
            out.add(new RouteTable(p.rtPublic(), p.id, routes, List.of()));
        }
        List<Route> routes = new ArrayList<>();
        routes.add(local);
        if (p.internet) {
            routes.add(new Route(new AddressSet.Block(ANY), p.nat(), RouteOrigin.STATIC));
        }
        if (p.gatewayEndpoint) {
            routes.add(
                    new Route(
                            new AddressSet.PrefixList(prefixList),
                            p.gatewayEndpointId(),
                            RouteOrigin.STATIC));
        }
        routes.addAll(p.extraPrivateRoutes);
        out.add(new RouteTable(p.rtPrivate(), p.id, routes, p.propagatingVgws));
    }

    private static Subnet subnet(VpcPlan p, String subnetId, int zone, String routeTable) {
        return new Subnet(
                subnetId,
                p.id,
                p.subnetCidr(subnetId),
                Optional.empty(),
                p.azNames.get(zone),
                p.azIds.get(zone),
                routeTable,
                p.nacl());
    }

    /** Allows everything but telnet, in and out: a common hardening of the default ACL. */
    private static NetworkAcl nacl(VpcPlan p) {
        List<NaclRule> rules =
                List.of(
                        new NaclRule(
                                90,
                                RuleAction.DENY,
                                Protocol.TCP,
                                PortRange.parse("23"),
                                new AddressSet.Block(ANY)),
                        new NaclRule(
                                100,
                                RuleAction.ALLOW,
                                Protocol.ALL,
                                PortRange.ALL,
                                new AddressSet.Block(ANY)));
        return new NetworkAcl(p.nacl(), p.id, false, rules, rules);
    }

    private static SecurityGroup securityGroup(
            String id, VpcPlan p, PortRange https, boolean withSsh) {
        List<SecurityGroupRule> inbound = new ArrayList<>();
        inbound.add(rule(Protocol.TCP, https, LAB_SPACE, "HTTPS from the lab's VPCs"));
        if (withSsh) {
            inbound.add(
                    rule(Protocol.TCP, PortRange.parse("22"), ON_PREMISES, "SSH from the office"));
        }
        return new SecurityGroup(
                id,
                p.id,
                false,
                inbound,
                List.of(rule(Protocol.ALL, PortRange.ALL, ANY, "all outbound")));
    }

    private static SecurityGroupRule rule(
            Protocol protocol, PortRange ports, Cidr peer, String note) {
        return new SecurityGroupRule(
                protocol, ports, new AddressSet.Block(peer), Optional.of(note));
    }

    /** Hands out public addresses for NAT gateways and bastions, never twice. */
    static final class PublicAddresses {
        // 198.18.0.0/15 (RFC 2544, benchmarking): public-looking, large, and no real host's.
        private IpAddress next = IpAddress.parse("198.18.0.10");

        IpAddress next() {
            IpAddress out = next;
            next = next.plus(1);
            return out;
        }
    }
}
