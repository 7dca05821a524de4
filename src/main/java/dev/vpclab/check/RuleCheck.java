package dev.vpclab.check;

import dev.vpclab.model.AddressSet;
import dev.vpclab.model.Component;
import dev.vpclab.model.NaclRule;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.SecurityGroupRule;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.VpcPeering;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the rules of network ACLs and security groups: NACL rule numbers (R-NACL-1), NACL rules
 * that name a prefix list or a security group (R-PL-4, R-NACL-4), security group rules that name a
 * prefix list of another Region (R-PL-3) or a group of a VPC that is not peered in the same Region
 * (R-PEER-1, R-PEER-5).
 */
final class RuleCheck {
    private final LabIndex index;
    private final Findings findings;
    private final RouteCheck routes;

    /** "vpcA\nvpcB" (both orders) for each active peering within one Region. */
    private final Set<String> sameRegionPeers = new HashSet<>();

    private final List<TransitGateway> transitGateways;

    RuleCheck(LabIndex index, Findings findings, RouteCheck routes) {
        this.index = index;
        this.findings = findings;
        this.routes = routes;
        index.lab()
                .all(VpcPeering.class)
                .filter(VpcPeering::isActive)
                .filter(p -> index.regionOf(p.requester()).equals(index.regionOf(p.accepter())))
                .forEach(
                        p -> {
                            sameRegionPeers.add(p.requester() + '\n' + p.accepter());
                            sameRegionPeers.add(p.accepter() + '\n' + p.requester());
                        });
        this.transitGateways = index.lab().all(TransitGateway.class).toList();
    }

    void run() {
        for (Component c : index.lab().components()) {
            if (c instanceof NetworkAcl n) {
                naclRules(n, "inbound", n.inbound());
                naclRules(n, "outbound", n.outbound());
            } else if (c instanceof SecurityGroup sg) {
                sgRules(sg, "inbound", "source", sg.inbound());
                sgRules(sg, "outbound", "destination", sg.outbound());
            }
        }
    }

    private void naclRules(NetworkAcl n, String direction, List<NaclRule> rules) {
        Set<Integer> numbers = new HashSet<>();
        boolean in = "inbound".equals(direction);
        for (int k = 0; k < rules.size(); k++) {
            NaclRule rule = rules.get(k);
            String field = ReferenceCheck.at(direction, k);
            if (rule.number() < NaclRule.MIN_NUMBER || rule.number() > NaclRule.MAX_NUMBER) {
                findings.error(
                        ProblemCodes.NACL_RULE_NUMBER,
                        n.id(),
                        field + ".rule",
                        "check.naclRuleNumberRange",
                        rule.number());
            } else if (!numbers.add(rule.number())) {
                findings.error(
                        ProblemCodes.NACL_RULE_NUMBER,
                        n.id(),
                        field + ".rule",
                        in
                                ? "check.naclRuleNumberDuplicateInbound"
                                : "check.naclRuleNumberDuplicateOutbound",
                        rule.number());
            }
            if (rule.cidr() instanceof AddressSet.PrefixList pl) {
                findings.error(
                        ProblemCodes.NACL_PREFIX_LIST_NOT_SUPPORTED,
                        n.id(),
                        field + ".cidr",
                        in ? "check.naclPrefixListInbound" : "check.naclPrefixListOutbound",
                        rule.number(),
                        pl.id());
            } else if (rule.cidr() instanceof AddressSet.SecurityGroupRef sg) {
                findings.error(
                        ProblemCodes.NACL_SECURITY_GROUP_NOT_SUPPORTED,
                        n.id(),
                        field + ".cidr",
                        in ? "check.naclSecurityGroupInbound" : "check.naclSecurityGroupOutbound",
                        rule.number(),
                        sg.id());
            }
        }
    }

    private void sgRules(
            SecurityGroup sg, String direction, String peer, List<SecurityGroupRule> rules) {
        for (int k = 0; k < rules.size(); k++) {
            String field = ReferenceCheck.at(direction, k) + "." + peer;
            AddressSet set = rules.get(k).peer();
            if (set instanceof AddressSet.PrefixList pl) {
                routes.prefixListRegion(sg, field, pl.id(), sg.vpc());
            } else if (set instanceof AddressSet.SecurityGroupRef ref) {
                Optional<SecurityGroup> other = index.get(ref.id(), SecurityGroup.class);
                if (other.isPresent() && !reachable(sg.vpc(), other.get().vpc())) {
                    findings.error(
                            ProblemCodes.SECURITY_GROUP_REFERENCE_NOT_PEERED,
                            sg.id(),
                            field,
                            "check.securityGroupReferenceNotPeered",
                            ref.id(),
                            other.get().vpc(),
                            sg.vpc());
                }
            }
        }
    }

    /**
     * Whether a rule of a group in {@code vpc} may name a group of {@code otherVpc}: the same VPC,
     * a same-Region peering (R-PEER-1, R-PEER-5) or a transit gateway both are attached to (AWS
     * added security group referencing across transit gateways in 2024).
     */
    private boolean reachable(String vpc, String otherVpc) {
        if (vpc.equals(otherVpc) || sameRegionPeers.contains(vpc + '\n' + otherVpc)) {
            return true;
        }
        for (TransitGateway t : transitGateways) {
            if (index.tgwAttachedTo(t.id(), vpc) && index.tgwAttachedTo(t.id(), otherVpc)) {
                return true;
            }
        }
        return false;
    }
}
