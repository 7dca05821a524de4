package dev.vpclab.edit;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.AddressSet;
import dev.vpclab.model.Component;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NaclRule;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.RuleAction;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.SecurityGroupRule;
import dev.vpclab.net.PortRange;
import dev.vpclab.net.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Edits of the tables of the inspector: routes of a route table, rules of a security group and of a
 * network ACL. Each cell's text is parsed as AWS would read it; text AWS would refuse (a bad CIDR,
 * a rule number out of range, a target that is not in the lab) is refused with the reason. An index
 * equal to the table's size adds a row.
 */
public final class RuleEdits {
    private RuleEdits() {}

    /** Sets (or adds) route {@code index} of a route table. */
    public static EditAttempt setRoute(
            Lab lab, String tableId, int index, String destination, String target) {
        Optional<RouteTable> rt = lab.component(tableId, RouteTable.class);
        if (rt.isEmpty()) {
            return EditAttempt.refused("field.noComponent", tableId);
        }
        AddressSet dest;
        try {
            dest = AddressSet.parse(destination);
        } catch (IllegalArgumentException e) {
            return EditAttempt.refused("field.invalid", "destination", e.getMessage());
        }
        if (dest instanceof AddressSet.SecurityGroupRef) {
            return EditAttempt.refused("rule.routeToSg");
        }
        String t = target.trim();
        if (!t.equals(Route.LOCAL) && lab.component(t).isEmpty()) {
            return EditAttempt.refused("rule.noTarget", t);
        }
        Route route = new Route(dest, t, RouteOrigin.STATIC);
        List<Route> routes = new ArrayList<>(rt.get().routes());
        // Another destination in the local route's row would delete the local route.
        if (index >= 0
                && index < routes.size()
                && routes.get(index).isLocal()
                && !routes.get(index).destination().equals(dest)) {
            return EditAttempt.refused(
                    "rule.localRoute", routes.get(index).destination().toString(), tableId);
        }
        if (!put(routes, index, route)) {
            return EditAttempt.refused("rule.badIndex", index);
        }
        if (routes.stream().filter(r -> r.destination().equals(dest)).count() > 1) {
            return EditAttempt.refused("rule.duplicateDestination", dest);
        }
        RouteTable changed = rt.get().withRoutes(routes);
        return replace(lab, changed, "edit.routes");
    }

    /**
     * Removes route {@code index} of a route table. The local route is refused: AWS adds it to
     * every route table for each VPC CIDR and does not let it be deleted ("Every route table
     * contains a local route for communication within the VPC", Amazon VPC User Guide, Configure
     * route tables, https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html).
     */
    public static EditAttempt removeRoute(Lab lab, String tableId, int index) {
        return lab.component(tableId, RouteTable.class)
                .<EditAttempt>map(
                        rt -> {
                            List<Route> routes = new ArrayList<>(rt.routes());
                            if (index < 0 || index >= routes.size()) {
                                return EditAttempt.refused("rule.badIndex", index);
                            }
                            if (routes.get(index).isLocal()) {
                                return EditAttempt.refused(
                                        "rule.localRoute",
                                        routes.get(index).destination().toString(),
                                        tableId);
                            }
                            routes.remove(index);
                            return replace(lab, rt.withRoutes(routes), "edit.routes");
                        })
                .orElse(EditAttempt.refused("field.noComponent", tableId));
    }

    /** Sets (or adds) rule {@code index} of a security group, inbound or outbound. */
    public static EditAttempt setSecurityGroupRule(
            Lab lab,
            String sgId,
            boolean inbound,
            int index,
            String protocol,
            String ports,
            String peer) {
        Optional<SecurityGroup> sg = lab.component(sgId, SecurityGroup.class);
        if (sg.isEmpty()) {
            return EditAttempt.refused("field.noComponent", sgId);
        }
        SecurityGroupRule rule;
        try {
            Protocol p = Protocol.parse(protocol);
            PortRange range = p.hasPorts() ? PortRange.parse(ports) : PortRange.ALL;
            AddressSet a = AddressSet.parse(peer);
            rule = new SecurityGroupRule(p, range, a, Optional.empty());
        } catch (IllegalArgumentException e) {
            return EditAttempt.refused(
                    "field.invalid", inbound ? "inbound" : "outbound", e.getMessage());
        }
        if (rule.peer() instanceof AddressSet.SecurityGroupRef ref
                && lab.component(ref.id()).isEmpty()) {
            return EditAttempt.refused("rule.noTarget", ref.id());
        }
        List<SecurityGroupRule> rules =
                new ArrayList<>(inbound ? sg.get().inbound() : sg.get().outbound());
        if (!put(rules, index, rule)) {
            return EditAttempt.refused("rule.badIndex", index);
        }
        SecurityGroup g = sg.get();
        return replace(lab, g.withRules(inbound, rules), "edit.sgRules");
    }

    /** Removes rule {@code index} of a security group. */
    public static EditAttempt removeSecurityGroupRule(
            Lab lab, String sgId, boolean inbound, int index) {
        return lab.component(sgId, SecurityGroup.class)
                .<EditAttempt>map(
                        g -> {
                            List<SecurityGroupRule> rules =
                                    new ArrayList<>(inbound ? g.inbound() : g.outbound());
                            if (index < 0 || index >= rules.size()) {
                                return EditAttempt.refused("rule.badIndex", index);
                            }
                            rules.remove(index);
                            return replace(lab, g.withRules(inbound, rules), "edit.sgRules");
                        })
                .orElse(EditAttempt.refused("field.noComponent", sgId));
    }

    /** Sets (or adds) rule {@code index} of a network ACL; rules stay sorted by number. */
    public static EditAttempt setNaclRule(
            Lab lab,
            String aclId,
            boolean inbound,
            int index,
            String number,
            String action,
            String protocol,
            String ports,
            String cidr) {
        Optional<NetworkAcl> acl = lab.component(aclId, NetworkAcl.class);
        if (acl.isEmpty()) {
            return EditAttempt.refused("field.noComponent", aclId);
        }
        NaclRule rule;
        try {
            int n = parseRuleNumber(number);
            RuleAction a = parseAction(action);
            Protocol p = Protocol.parse(protocol);
            PortRange range = p.hasPorts() ? PortRange.parse(ports) : PortRange.ALL;
            AddressSet c = AddressSet.parse(cidr);
            if (!(c instanceof AddressSet.Block)) {
                return EditAttempt.refused("rule.naclNeedsCidr", cidr.trim());
            }
            rule = new NaclRule(n, a, p, range, c);
        } catch (IllegalArgumentException e) {
            return EditAttempt.refused(
                    "field.invalid", inbound ? "inbound" : "outbound", e.getMessage());
        }
        List<NaclRule> rules =
                new ArrayList<>(inbound ? acl.get().inbound() : acl.get().outbound());
        if (!put(rules, index, rule)) {
            return EditAttempt.refused("rule.badIndex", index);
        }
        if (rules.stream().filter(r -> r.number() == rule.number()).count() > 1) {
            return EditAttempt.refused("rule.duplicateNumber", rule.number());
        }
        rules.sort((x, y) -> Integer.compare(x.number(), y.number()));
        NetworkAcl g = acl.get();
        return replace(lab, g.withRules(inbound, rules), "edit.naclRules");
    }

    /** Removes rule {@code index} of a network ACL. */
    public static EditAttempt removeNaclRule(Lab lab, String aclId, boolean inbound, int index) {
        return lab.component(aclId, NetworkAcl.class)
                .<EditAttempt>map(
                        g -> {
                            List<NaclRule> rules =
                                    new ArrayList<>(inbound ? g.inbound() : g.outbound());
                            if (index < 0 || index >= rules.size()) {
                                return EditAttempt.refused("rule.badIndex", index);
                            }
                            rules.remove(index);
                            return replace(lab, g.withRules(inbound, rules), "edit.naclRules");
                        })
                .orElse(EditAttempt.refused("field.noComponent", aclId));
    }

    static int parseRuleNumber(String text) {
        int n;
        try {
            n = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a rule number");
        }
        if (n < NaclRule.MIN_NUMBER || n > NaclRule.MAX_NUMBER) {
            throw new IllegalArgumentException(
                    "rule number "
                            + n
                            + " is outside "
                            + NaclRule.MIN_NUMBER
                            + "-"
                            + NaclRule.MAX_NUMBER);
        }
        return n;
    }

    static RuleAction parseAction(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "allow" -> RuleAction.ALLOW;
            case "deny" -> RuleAction.DENY;
            default -> throw new IllegalArgumentException("'" + text + "' is not allow or deny");
        };
    }

    private static <T> boolean put(List<T> list, int index, T value) {
        if (index < 0 || index > list.size()) {
            return false;
        }
        if (index == list.size()) {
            list.add(value);
        } else {
            list.set(index, value);
        }
        return true;
    }

    // A rule that names a missing prefix list, a route to a gateway of another VPC: EditGuard.
    private static EditAttempt replace(Lab lab, Component changed, String labelKey) {
        return EditGuard.guard(
                lab,
                EditAttempt.allowed(
                        LabEdit.of(
                                Message.of(labelKey, changed.id()),
                                l -> ComponentFields.replace(l, changed))));
    }

    /** Text of each cell of a table row, for the inspector. */
    public static <T> List<List<String>> rows(List<T> rules, Function<T, List<String>> cells) {
        return rules.stream().map(cells).toList();
    }
}
