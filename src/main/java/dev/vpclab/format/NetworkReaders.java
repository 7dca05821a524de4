package dev.vpclab.format;

import dev.vpclab.check.ProblemCodes;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.AddressSet;
import dev.vpclab.model.NaclRule;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.Region;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.RuleAction;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.SecurityGroupRule;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import java.util.Optional;

/**
 * Reads the kinds that make up a VPC: region, vpc, subnet, routeTable, nacl and securityGroup, and
 * the routes and address fields other kinds share.
 */
final class NetworkReaders {
    private NetworkReaders() {}

    static Region region(Fields f) {
        return new Region(f.component());
    }

    static Vpc vpc(Fields f) {
        return new Vpc(
                f.component(),
                f.text("region"),
                f.optText("account"),
                f.cidr("cidr"),
                f.optCidr("ipv6Cidr"),
                // AWS defaults for a VPC you create (R-DNS-1)
                f.bool("enableDnsSupport", true),
                f.bool("enableDnsHostnames", false));
    }

    static Subnet subnet(Fields f) {
        return new Subnet(
                f.component(),
                f.text("vpc"),
                f.cidr("cidr"),
                f.optCidr("ipv6Cidr"),
                f.text("az"),
                f.text("azId"),
                f.text("routeTable"),
                f.text("nacl"));
    }

    static RouteTable routeTable(Fields f) {
        return new RouteTable(
                f.component(),
                f.text("vpc"),
                f.objects("routes", r -> Optional.of(route(r))),
                f.texts("propagatingVgws"),
                f.texts("gatewayAssociations"));
    }

    /** A route: destination (CIDR or prefix list), target, origin (default static). */
    static Route route(Fields f) {
        AddressSet destination = address(f, "destination", false);
        String target = f.text("target");
        String origin = f.choice("origin", "static", "static", "propagated");
        return new Route(
                destination,
                target,
                origin.equals("propagated") ? RouteOrigin.PROPAGATED : RouteOrigin.STATIC);
    }

    static NetworkAcl nacl(Fields f) {
        return new NetworkAcl(
                f.component(),
                f.text("vpc"),
                f.bool("default", false),
                f.objects("inbound", r -> Optional.of(naclRule(r))),
                f.objects("outbound", r -> Optional.of(naclRule(r))));
    }

    private static NaclRule naclRule(Fields f) {
        int number = f.integer("rule", NaclRule.MIN_NUMBER, NaclRule.MAX_NUMBER);
        String action = f.choice("action", null, "allow", "deny");
        return new NaclRule(
                number,
                action.equals("allow") ? RuleAction.ALLOW : RuleAction.DENY,
                f.protocol("protocol"),
                f.ports("ports"),
                // a prefix list is read so that validation can flag it (R-PL-4)
                address(f, "cidr", false));
    }

    static SecurityGroup securityGroup(Fields f) {
        return new SecurityGroup(
                f.component(),
                f.text("vpc"),
                f.bool("default", false),
                f.objects("inbound", r -> Optional.of(sgRule(r, "source"))),
                f.objects("outbound", r -> Optional.of(sgRule(r, "destination"))));
    }

    private static SecurityGroupRule sgRule(Fields f, String peerKey) {
        return new SecurityGroupRule(
                f.protocol("protocol"),
                f.ports("ports"),
                address(f, peerKey, true),
                f.optText("note"));
    }

    /**
     * A CIDR, a prefix-list id ({@code pl-...}) or, where {@code allowGroup}, a security-group id
     * ({@code sg-...}).
     */
    static AddressSet address(Fields f, String key, boolean allowGroup) {
        Optional<TreeNode> node = f.node(key);
        if (node.isEmpty()) {
            f.missing(key);
            return new AddressSet.Block(Placeholders.CIDR);
        }
        String path = f.path(key);
        Optional<String> text = f.scalarText(path, node.get());
        if (text.isEmpty()) {
            return new AddressSet.Block(Placeholders.CIDR);
        }
        String t = text.get().trim();
        if (t.startsWith("pl-")) {
            return new AddressSet.PrefixList(t);
        }
        if (t.startsWith("sg-")) {
            if (allowGroup) {
                return new AddressSet.SecurityGroupRef(t);
            }
            f.error(
                    ProblemCodes.INVALID_CIDR,
                    path,
                    node.get().at(),
                    Message.of("format.invalidCidr.group", path, t));
            return new AddressSet.Block(Placeholders.CIDR);
        }
        return new AddressSet.Block(f.parseCidr(path, node.get(), t).orElse(Placeholders.CIDR));
    }
}
