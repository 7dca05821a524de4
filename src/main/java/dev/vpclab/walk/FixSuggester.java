package dev.vpclab.walk;

import dev.vpclab.edit.ComponentFields;
import dev.vpclab.edit.EditAttempt;
import dev.vpclab.edit.LabEdit;
import dev.vpclab.edit.RuleEdits;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.Flow;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NaclRule;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.Policy;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.IpAddress;
import dev.vpclab.routing.BlockedAt;
import dev.vpclab.routing.Check;
import dev.vpclab.routing.Decision;
import dev.vpclab.routing.Hop;
import dev.vpclab.routing.Leg;
import dev.vpclab.routing.PacketHeader;
import dev.vpclab.routing.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fix of a blocked flow as one undoable edit, where the lab has what the fix needs: the missing
 * security group rule, a network ACL allow rule numbered below the deny (inbound ephemeral ports
 * for replies), the missing route to a gateway endpoint, NAT gateway, internet gateway or peering
 * connection already in the lab, the association of a gateway endpoint with the route table, an
 * Allow statement in an endpoint policy that denies by omission, and the acceptance of a pending
 * endpoint connection. The edit's label says what it does ("Add an inbound rule to sg-vpce: tcp 443
 * from sg-app").
 *
 * <p>Rules are added as a learner would: the addresses are read from the trace (the client's
 * security group where it has one, the VPC's CIDR for private peers, 0.0.0.0/0 for public ones).
 */
public final class FixSuggester {
    private FixSuggester() {}

    /** The edit that fixes the trace's block, if the lab has the pieces for one. */
    public static Optional<LabEdit> suggest(Lab lab, Trace trace) {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(trace, "trace");
        if (trace.blockedAt().isEmpty()) {
            return Optional.empty();
        }
        BlockedAt b = trace.blockedAt().get();
        return switch (b.reason()) {
            case SECURITY_GROUP_NO_INGRESS_RULE -> securityGroup(lab, b, true);
            case SECURITY_GROUP_NO_EGRESS_RULE -> securityGroup(lab, b, false);
            case NACL_DENY -> nacl(lab, trace, b);
            case NO_ROUTE_TO_DESTINATION -> Routes.fix(lab, trace, b);
            case ENDPOINT_POLICY_DENY -> endpointPolicy(lab, trace, b);
            case ENDPOINT_CONNECTION_NOT_ACCEPTED -> accept(lab, b);
            default -> Optional.empty();
        };
    }

    private static Optional<LabEdit> securityGroup(Lab lab, BlockedAt b, boolean inbound) {
        Optional<SecurityGroup> sg = lab.component(b.component(), SecurityGroup.class);
        Optional<String[]> traffic = b.packet().map(FixSuggester::traffic);
        Optional<IpAddress> peer = b.packet().map(p -> inbound ? p.src() : p.dst());
        if (sg.isEmpty() || traffic.isEmpty() || peer.isEmpty()) {
            return Optional.empty();
        }
        String peerText =
                inbound
                        ? clientGroup(lab, sg.get().vpc(), peer.get())
                                .orElse(peer.get() + "/" + hostBits(peer.get()))
                        : prefixListOf(lab, peer.get())
                                .or(() -> clientGroup(lab, sg.get().vpc(), peer.get()))
                                .orElse(peer.get() + "/" + hostBits(peer.get()));
        List<?> rules = inbound ? sg.get().inbound() : sg.get().outbound();
        String[] t = traffic.get();
        return relabel(
                RuleEdits.setSecurityGroupRule(
                        lab, sg.get().id(), inbound, rules.size(), t[0], t[1], peerText),
                Message.of(
                        inbound ? "walk.fix.sgInbound" : "walk.fix.sgOutbound",
                        sg.get().id(),
                        t[0] + (t[1].equals("all") ? "" : " " + t[1]),
                        peerText));
    }

    private static Optional<LabEdit> nacl(Lab lab, Trace trace, BlockedAt b) {
        Optional<NetworkAcl> acl = lab.component(b.component(), NetworkAcl.class);
        // The blocking hop says which boundary it guarded (inbound or outbound rules).
        List<Hop> hops = b.leg() == Leg.RETURN ? trace.returnPath() : trace.path();
        Optional<Hop> last =
                hops.isEmpty() ? Optional.empty() : Optional.of(hops.get(hops.size() - 1));
        Optional<Check> check = last.flatMap(Hop::check);
        Optional<Decision.NaclRuleMatch> match =
                last.flatMap(Hop::decision)
                        .filter(Decision.NaclRuleMatch.class::isInstance)
                        .map(Decision.NaclRuleMatch.class::cast);
        Optional<String[]> traffic = b.packet().map(FixSuggester::traffic);
        if (acl.isEmpty() || check.isEmpty() || traffic.isEmpty() || match.isEmpty()) {
            return Optional.empty();
        }
        boolean inbound = check.get() == Check.INBOUND;
        Optional<IpAddress> peer = b.packet().map(p -> inbound ? p.src() : p.dst());
        Optional<Message> direction =
                Optional.of(Message.of(inbound ? "direction.inbound" : "direction.outbound"));
        List<NaclRule> rules = inbound ? acl.get().inbound() : acl.get().outbound();
        Optional<Integer> number = numberBelow(rules, match.get().rule().map(NaclRule::number));
        if (number.isEmpty()) {
            return Optional.empty();
        }
        String protocol = traffic.get()[0];
        // Replies go to the client's ephemeral port, which the lab cannot know in advance: allow
        // the range every client uses, as the AWS documentation advises.
        String ports =
                b.leg() == Leg.RETURN && !protocol.equals("icmp") ? "1024-65535" : traffic.get()[1];
        String cidr = peerCidr(lab, peer.get());
        return relabel(
                RuleEdits.setNaclRule(
                        lab,
                        acl.get().id(),
                        inbound,
                        rules.size(),
                        String.valueOf(number.get()),
                        "allow",
                        protocol,
                        ports,
                        cidr),
                Message.of(
                        "walk.fix.nacl",
                        acl.get().id(),
                        direction.get(),
                        number.get(),
                        protocol + (ports.equals("all") ? "" : " " + ports),
                        cidr));
    }

    /**
     * An unused rule number below the deny that matched; when only the implicit final deny matched
     * ({@code denyRule} empty), the next step of 10 after the highest rule.
     */
    static Optional<Integer> numberBelow(List<NaclRule> rules, Optional<Integer> denyRule) {
        int deny = NaclRule.MAX_NUMBER + 1;
        if (denyRule.isPresent()) {
            deny = denyRule.get();
        } else {
            // Only the default deny matched: any number works; keep the usual steps of 10.
            int max = rules.stream().mapToInt(NaclRule::number).max().orElse(0);
            if (max + 10 <= NaclRule.MAX_NUMBER) {
                return Optional.of(max + 10);
            }
        }
        for (int n = deny - 1; n >= NaclRule.MIN_NUMBER; n--) {
            int candidate = n;
            if (rules.stream().noneMatch(r -> r.number() == candidate)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private static Optional<LabEdit> endpointPolicy(Lab lab, Trace trace, BlockedAt b) {
        Flow flow = trace.flow();
        boolean implicit =
                trace.path().stream()
                        .filter(h -> h.id().equals(b.component()))
                        .flatMap(h -> h.decision(Decision.PolicyMatch.class).stream())
                        .anyMatch(m -> m.outcome() == Decision.PolicyOutcome.IMPLICIT_DENY);
        if (!implicit || flow.request().isEmpty()) {
            return Optional.empty(); // an explicit Deny wins over any Allow: no one-click fix
        }
        Flow.Request request = flow.request().get();
        Optional<Component> endpoint = lab.component(b.component());
        Policy policy =
                endpoint.map(
                                c ->
                                        c instanceof GatewayEndpoint g
                                                ? g.policy()
                                                : c instanceof InterfaceEndpoint i
                                                        ? i.policy()
                                                        : null)
                        .orElse(null);
        if (!(policy instanceof Policy.Document doc)) {
            return Optional.empty();
        }
        List<Policy.Statement> statements = new ArrayList<>(doc.statements());
        statements.add(
                new Policy.Statement(
                        Optional.of("AllowLabFix"),
                        Policy.Effect.ALLOW,
                        List.of("*"),
                        List.of(request.action()),
                        List.of(),
                        List.of(request.resource()),
                        List.of(),
                        List.of()));
        Policy.Document changed = new Policy.Document(doc.version(), statements);
        Component replaced =
                endpoint.get() instanceof GatewayEndpoint g
                        ? g.withPolicy(changed)
                        : ((InterfaceEndpoint) endpoint.get()).withPolicy(changed);
        return Optional.of(
                LabEdit.of(
                        Message.of(
                                "walk.fix.policy",
                                b.component(),
                                request.action(),
                                request.resource()),
                        l -> ComponentFields.replace(l, replaced)));
    }

    private static Optional<LabEdit> accept(Lab lab, BlockedAt b) {
        return lab.component(b.component(), InterfaceEndpoint.class)
                .map(
                        e -> {
                            InterfaceEndpoint accepted = e.withState(InterfaceEndpoint.AVAILABLE);
                            return LabEdit.of(
                                    Message.of("walk.fix.accept", e.id()),
                                    l -> ComponentFields.replace(l, accepted));
                        });
    }

    // --- helpers shared with Routes ---

    static Optional<LabEdit> relabel(EditAttempt attempt, Message label) {
        return attempt.allowedEdit().map(e -> LabEdit.of(label, e::apply));
    }

    /** The dropped packet's traffic as {@code [tcp, 443]}, or {@code [icmp, all]}. */
    static String[] traffic(PacketHeader p) {
        return new String[] {
            p.protocol().toString(), p.protocol().hasPorts() ? String.valueOf(p.dstPort()) : "all"
        };
    }

    static int hostBits(IpAddress a) {
        return a.isV4() ? 32 : 128;
    }

    /**
     * The client's security group: the first group of the instance with this address in the VPC.
     */
    static Optional<String> clientGroup(Lab lab, String vpc, IpAddress address) {
        return lab.all(Instance.class)
                .filter(i -> i.privateIp().equals(address) && !i.securityGroups().isEmpty())
                .filter(
                        i ->
                                lab.component(i.subnet(), Subnet.class)
                                        .map(s -> s.vpc().equals(vpc))
                                        .orElse(false))
                .map(i -> i.securityGroups().get(0))
                .findFirst();
    }

    static Optional<String> prefixListOf(Lab lab, IpAddress address) {
        return lab.all(dev.vpclab.model.ManagedPrefixList.class)
                .filter(p -> p.cidrs().stream().anyMatch(c -> c.contains(address)))
                .map(Component::id)
                .findFirst();
    }

    /** The VPC CIDR holding a private address, or the address itself; 0.0.0.0/0 for public ones. */
    static String peerCidr(Lab lab, IpAddress address) {
        if (!address.isPrivate()) {
            return address.isV4() ? "0.0.0.0/0" : "::/0";
        }
        return lab.all(Vpc.class)
                .filter(v -> v.cidr().contains(address))
                .map(v -> v.cidr().toString())
                .findFirst()
                .orElse(address + "/" + hostBits(address));
    }

    /** The destination the route table could not route: the dropped packet's. */
    static Optional<IpAddress> unroutedAddress(Trace trace, BlockedAt b) {
        return b.packet().map(p -> p.dst());
    }

    static boolean isRouteTable(Lab lab, String id) {
        return lab.component(id, RouteTable.class).isPresent();
    }
}
