package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.AddressSet;
import dev.vpclab.model.NaclRule;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.RuleAction;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.SecurityGroupRule;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.PortRange;
import dev.vpclab.net.Protocol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates security groups (allow rules only, all rules of all groups, stateful: R-SG-1, R-SG-2)
 * and network ACLs (numbered rules, first match wins, implicit final deny, CIDRs only: R-NACL-1,
 * R-PL-4) against a packet.
 */
final class RuleCheck {
    private final LabIndex index;

    /** Each ACL's rules in evaluation order, sorted once per lab: [outbound, inbound]. */
    private final Map<String, List<List<NaclRule>>> sortedAcls = new HashMap<>();

    RuleCheck(LabIndex index) {
        this.index = index;
        index.lab
                .all(NetworkAcl.class)
                .forEach(
                        acl ->
                                sortedAcls.put(
                                        acl.id(),
                                        List.of(sorted(acl.outbound()), sorted(acl.inbound()))));
    }

    private static List<NaclRule> sorted(List<NaclRule> rules) {
        List<NaclRule> copy = new ArrayList<>(rules);
        copy.sort(Comparator.comparingInt(NaclRule::number));
        return List.copyOf(copy);
    }

    /** The outcome of a security group check: which group and rule allowed, if any. */
    record SgResult(String groupId, Decision.SecurityGroupMatch decision) {
        boolean allowed() {
            return decision.allowed();
        }
    }

    /** The outcome of a network ACL check. */
    record NaclResult(Optional<Message> note, Decision.NaclRuleMatch decision) {
        boolean allowed() {
            return decision.allowed();
        }

        /** The rule's canonical text. */
        String matched() {
            return decision.text();
        }
    }

    /** Outbound rules of the sender's groups against the packet's destination. */
    SgResult egress(List<String> groups, Packet packet, Optional<Iface> receiver) {
        return evaluate(groups, packet, true, receiver);
    }

    /** Inbound rules of the receiver's groups against the packet's source. */
    SgResult ingress(List<String> groups, Packet packet) {
        return evaluate(groups, packet, false, Optional.ofNullable(packet.sender()));
    }

    private SgResult evaluate(
            List<String> groups, Packet packet, boolean outbound, Optional<Iface> peer) {
        IpAddress peerAddress = outbound ? packet.dst() : packet.src();
        for (String groupId : groups) {
            Optional<SecurityGroup> group = index.lab.component(groupId, SecurityGroup.class);
            if (group.isEmpty()) {
                continue;
            }
            for (SecurityGroupRule rule :
                    outbound ? group.get().outbound() : group.get().inbound()) {
                if (covers(rule.protocol(), rule.ports(), packet)
                        && peerMatches(rule.peer(), peerAddress, peer, group.get().vpc())) {
                    return new SgResult(
                            groupId,
                            new Decision.SecurityGroupMatch(
                                    groupId,
                                    outbound,
                                    Optional.of(rule),
                                    prefixListEntry(rule.peer(), peerAddress)));
                }
            }
        }
        String first = groups.isEmpty() ? "" : groups.get(0);
        return new SgResult(
                first,
                new Decision.SecurityGroupMatch(
                        first, outbound, Optional.empty(), Optional.empty()));
    }

    /** For a rule on a prefix list, the entry that holds the address (the hop's {@code via}). */
    private Optional<Cidr> prefixListEntry(AddressSet peer, IpAddress address) {
        if (!(peer instanceof AddressSet.PrefixList pl)) {
            return Optional.empty();
        }
        return index.prefixList(pl.id()).stream()
                .flatMap(list -> list.cidrs().stream())
                .filter(c -> c.contains(address))
                .findFirst();
    }

    private boolean peerMatches(
            AddressSet peer, IpAddress address, Optional<Iface> peerIface, String ownerVpc) {
        if (peer instanceof AddressSet.Block block) {
            return block.cidr().contains(address);
        }
        if (peer instanceof AddressSet.PrefixList pl) {
            return index.prefixList(pl.id())
                    .map(list -> list.cidrs().stream().anyMatch(c -> c.contains(address)))
                    .orElse(false);
        }
        String groupId = ((AddressSet.SecurityGroupRef) peer).id();
        // A group reference matches the group's members (R-SG-1), and across a peering only
        // within one Region (R-PEER-5).
        return peerIface
                .filter(i -> i.securityGroups().contains(groupId))
                .map(i -> sameRegion(groupId, ownerVpc))
                .orElse(false);
    }

    /** Whether the referenced group lives in the Region of the VPC whose rule references it. */
    private boolean sameRegion(String groupId, String ownerVpc) {
        Optional<String> groupRegion =
                index.lab
                        .component(groupId, SecurityGroup.class)
                        .flatMap(g -> index.vpc(g.vpc()))
                        .map(v -> v.region());
        Optional<String> ownerRegion = index.vpc(ownerVpc).map(v -> v.region());
        return groupRegion.isEmpty() || ownerRegion.isEmpty() || groupRegion.equals(ownerRegion);
    }

    /** Whether a rule's protocol and ports cover the packet. */
    static boolean covers(Protocol ruleProtocol, PortRange ports, Packet packet) {
        if (!ruleProtocol.covers(packet.protocol())) {
            return false;
        }
        if (ruleProtocol == Protocol.ALL || ports.isAll()) {
            return true;
        }
        // For ICMP rules the range holds ICMP types; the packet's dstPort carries its type.
        return ports.contains(packet.dstPort());
    }

    /** A network ACL's outbound (leaving the subnet) or inbound rules against the packet. */
    NaclResult nacl(NetworkAcl acl, Packet packet, boolean outbound) {
        IpAddress peer = outbound ? packet.dst() : packet.src();
        List<List<NaclRule>> byDirection = sortedAcls.get(acl.id());
        List<NaclRule> rules =
                byDirection != null
                                && byDirection.get(outbound ? 0 : 1).size()
                                        == (outbound ? acl.outbound() : acl.inbound()).size()
                        ? byDirection.get(outbound ? 0 : 1)
                        : sorted(outbound ? acl.outbound() : acl.inbound());
        List<Integer> ignored = List.of();
        for (NaclRule rule : rules) {
            if (!(rule.cidr() instanceof AddressSet.Block block)) {
                // R-PL-4: AWS would refuse the rule; it has no effect.
                if (ignored.isEmpty()) {
                    ignored = new ArrayList<>();
                }
                ignored.add(rule.number());
                continue;
            }
            if (block.cidr().contains(peer) && covers(rule.protocol(), rule.ports(), packet)) {
                boolean allowed = rule.action() == RuleAction.ALLOW;
                return new NaclResult(
                        ignoredNote(ignored),
                        new Decision.NaclRuleMatch(Optional.of(rule), allowed, peer.version()));
            }
        }
        Optional<Message> note =
                ignoredNote(ignored)
                        .or(
                                () ->
                                        Optional.of(
                                                Message.of(
                                                        "nacl.noRule",
                                                        Message.of(
                                                                outbound
                                                                        ? "direction.outbound"
                                                                        : "direction.inbound"),
                                                        packet.protocol()
                                                                + (packet.protocol().hasPorts()
                                                                        ? " " + packet.dstPort()
                                                                        : ""),
                                                        peer)));
        return new NaclResult(
                note, new Decision.NaclRuleMatch(Optional.empty(), false, peer.version()));
    }

    private static Optional<Message> ignoredNote(List<Integer> ignored) {
        return ignored.isEmpty()
                ? Optional.empty()
                : Optional.of(Message.of("nacl.prefixListIgnored", ignored.get(0)));
    }
}
