package dev.vpclab.check;

import dev.vpclab.model.Component;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.OnPremisesResolver;
import dev.vpclab.model.PrivateHostedZone;
import dev.vpclab.model.ResolverEndpoint;
import dev.vpclab.model.ResolverRule;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.SecurityGroupRule;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.Protocol;
import java.util.List;
import java.util.Optional;

/**
 * Checks the Route 53 Resolver parts of a lab (docs/lab-format.md, R-R53-1 to R-R53-3): a Resolver
 * endpoint has at least two addresses, each inside its subnet, and security groups that open DNS
 * (TCP and UDP 53) in its direction; a forward rule names an outbound endpoint and target
 * addresses, a system rule neither; a private hosted zone's VPCs have both DNS attributes; an
 * on-premises resolver lies inside its network.
 */
final class DnsCheck {
    private static final int DNS_PORT = 53;

    private final LabIndex index;
    private final Findings findings;

    DnsCheck(LabIndex index, Findings findings) {
        this.index = index;
        this.findings = findings;
    }

    void run() {
        for (Component c : index.lab().components()) {
            if (c instanceof ResolverEndpoint e) {
                endpoint(e);
            } else if (c instanceof ResolverRule r) {
                rule(r);
            } else if (c instanceof PrivateHostedZone z) {
                zone(z);
            } else if (c instanceof OnPremisesResolver r) {
                onPremises(r);
            }
        }
    }

    private void endpoint(ResolverEndpoint e) {
        if (e.ipAddresses().size() < 2) {
            // CreateResolverEndpoint: "Route 53 requires that you create at least two".
            findings.error(
                    ProblemCodes.RESOLVER_ENDPOINT_ADDRESSES,
                    e.id(),
                    "ipAddresses",
                    "check.resolverEndpointAddresses",
                    e.ipAddresses().size());
        }
        for (int k = 0; k < e.ipAddresses().size(); k++) {
            ResolverEndpoint.Address a = e.ipAddresses().get(k);
            Optional<Subnet> s = index.subnet(a.subnet());
            if (s.isPresent() && !s.get().cidr().contains(a.ip())) {
                findings.error(
                        ProblemCodes.ADDRESS_OUTSIDE_SUBNET,
                        e.id(),
                        ReferenceCheck.at("ipAddresses", k) + ".ip",
                        "check.addressOutsideSubnet",
                        a.ip(),
                        s.get().id(),
                        s.get().cidr());
            }
        }
        boolean inbound = e.direction() == ResolverEndpoint.Direction.INBOUND;
        boolean open =
                e.securityGroups().stream()
                        .map(g -> index.get(g, SecurityGroup.class))
                        .flatMap(Optional::stream)
                        .anyMatch(g -> opensDns(inbound ? g.inbound() : g.outbound()));
        if (!open) {
            findings.warning(
                    ProblemCodes.RESOLVER_ENDPOINT_DNS_CLOSED,
                    e.id(),
                    "securityGroups",
                    inbound
                            ? "check.resolverEndpointDnsClosedInbound"
                            : "check.resolverEndpointDnsClosedOutbound",
                    e.id());
        }
    }

    private static boolean opensDns(List<SecurityGroupRule> rules) {
        return rules.stream()
                .anyMatch(
                        r ->
                                (r.protocol() == Protocol.UDP
                                                || r.protocol() == Protocol.TCP
                                                || r.protocol() == Protocol.ALL)
                                        && r.ports().contains(DNS_PORT));
    }

    private void rule(ResolverRule r) {
        if (r.ruleType() == ResolverRule.RuleType.FORWARD) {
            Optional<ResolverEndpoint> endpoint =
                    r.resolverEndpoint().flatMap(id -> index.get(id, ResolverEndpoint.class));
            if (r.resolverEndpoint().isEmpty()
                    || endpoint.map(e -> e.direction() != ResolverEndpoint.Direction.OUTBOUND)
                            .orElse(false)) {
                findings.error(
                        ProblemCodes.RESOLVER_RULE_INVALID,
                        r.id(),
                        "resolverEndpoint",
                        "check.resolverRuleNeedsOutbound",
                        r.id());
            }
            if (r.targetIps().isEmpty()) {
                findings.error(
                        ProblemCodes.RESOLVER_RULE_INVALID,
                        r.id(),
                        "targetIps",
                        "check.resolverRuleNeedsTargets",
                        r.id());
            }
        } else if (!r.targetIps().isEmpty() || r.resolverEndpoint().isPresent()) {
            findings.error(
                    ProblemCodes.RESOLVER_RULE_INVALID,
                    r.id(),
                    r.targetIps().isEmpty() ? "resolverEndpoint" : "targetIps",
                    "check.resolverSystemRuleForwards",
                    r.id());
        }
    }

    private void zone(PrivateHostedZone z) {
        for (int k = 0; k < z.vpcs().size(); k++) {
            Optional<Vpc> vpc = index.vpc(z.vpcs().get(k));
            if (vpc.isPresent()
                    && !(vpc.get().enableDnsSupport() && vpc.get().enableDnsHostnames())) {
                findings.warning(
                        ProblemCodes.PRIVATE_HOSTED_ZONE_REQUIRES_VPC_DNS_ATTRIBUTES,
                        z.id(),
                        ReferenceCheck.at("vpcs", k),
                        "check.privateHostedZoneRequiresVpcDnsAttributes",
                        z.id(),
                        vpc.get().id());
            }
        }
    }

    private void onPremises(OnPremisesResolver r) {
        index.get(r.network(), OnPremisesNetwork.class)
                .filter(n -> !n.cidr().contains(r.ip()))
                .ifPresent(
                        n ->
                                findings.error(
                                        ProblemCodes.ADDRESS_OUTSIDE_SUBNET,
                                        r.id(),
                                        "ip",
                                        "check.addressOutsideNetwork",
                                        r.ip(),
                                        n.id(),
                                        n.cidr()));
    }
}
