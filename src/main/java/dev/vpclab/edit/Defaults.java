package dev.vpclab.edit;

import dev.vpclab.model.AddressSet;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NaclRule;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.RuleAction;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.SecurityGroupRule;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.PortRange;
import dev.vpclab.net.Protocol;
import java.util.List;
import java.util.Optional;

/**
 * What AWS creates with a VPC and how it picks a VPC's main route table, default network ACL and
 * default security group for a new subnet or instance.
 */
public final class Defaults {
    private Defaults() {}

    /** The main route table of a new VPC: just the local route. */
    public static RouteTable mainRouteTable(String id, Vpc vpc) {
        return new RouteTable(
                id,
                vpc.id(),
                List.of(
                        new Route(
                                new AddressSet.Block(vpc.cidr()), Route.LOCAL, RouteOrigin.STATIC)),
                List.of());
    }

    /** The default network ACL of a new VPC: rule 100 allows all, in and out. */
    public static NetworkAcl defaultNacl(String id, String vpcId) {
        NaclRule allowAll =
                new NaclRule(
                        100,
                        RuleAction.ALLOW,
                        Protocol.ALL,
                        PortRange.ALL,
                        new AddressSet.Block(Cidr.parse("0.0.0.0/0")));
        return new NetworkAcl(id, vpcId, true, List.of(allowAll), List.of(allowAll));
    }

    /** A new custom network ACL: no rules, so the implicit rule denies everything. */
    public static NetworkAcl customNacl(String id, String vpcId) {
        return new NetworkAcl(id, vpcId, false, List.of(), List.of());
    }

    /** The default security group: inbound from its own members, outbound to anywhere. */
    public static SecurityGroup defaultSecurityGroup(String id, String vpcId) {
        return new SecurityGroup(
                id,
                vpcId,
                true,
                List.of(
                        new SecurityGroupRule(
                                Protocol.ALL,
                                PortRange.ALL,
                                new AddressSet.SecurityGroupRef(id),
                                Optional.empty())),
                List.of(outboundAll()));
    }

    /** A new security group: no inbound rules, outbound to anywhere. */
    public static SecurityGroup newSecurityGroup(String id, String vpcId) {
        return new SecurityGroup(id, vpcId, false, List.of(), List.of(outboundAll()));
    }

    private static SecurityGroupRule outboundAll() {
        return new SecurityGroupRule(
                Protocol.ALL,
                PortRange.ALL,
                new AddressSet.Block(Cidr.parse("0.0.0.0/0")),
                Optional.empty());
    }

    /**
     * The VPC's main route table: the one with the VPC's local route that was created first (the
     * lab format has no main flag, so file order decides).
     */
    public static Optional<RouteTable> mainRouteTableOf(Lab lab, String vpcId) {
        return lab.all(RouteTable.class).filter(r -> r.vpc().equals(vpcId)).findFirst();
    }

    /** The VPC's default network ACL, or its first one. */
    public static Optional<NetworkAcl> defaultNaclOf(Lab lab, String vpcId) {
        return lab.all(NetworkAcl.class)
                .filter(a -> a.vpc().equals(vpcId))
                .sorted((a, b) -> Boolean.compare(b.isDefault(), a.isDefault()))
                .findFirst();
    }

    /** The VPC's default security group, or its first one. */
    public static Optional<SecurityGroup> defaultSecurityGroupOf(Lab lab, String vpcId) {
        return lab.all(SecurityGroup.class)
                .filter(g -> g.vpc().equals(vpcId))
                .sorted((a, b) -> Boolean.compare(b.isDefault(), a.isDefault()))
                .findFirst();
    }
}
