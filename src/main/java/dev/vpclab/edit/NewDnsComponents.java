package dev.vpclab.edit;

import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Lab;
import dev.vpclab.model.OnPremisesResolver;
import dev.vpclab.model.PrivateHostedZone;
import dev.vpclab.model.ResolverEndpoint;
import dev.vpclab.model.ResolverRule;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * New DNS components as the Route 53 console proposes them: a Resolver endpoint with two addresses
 * (the console asks for at least two) and the VPC's default security group, a forwarding rule
 * through the first outbound endpoint, a private hosted zone associated with the first VPC, an
 * on-premises resolver at the network's next free address.
 */
final class NewDnsComponents {
    private NewDnsComponents() {}

    /** Whether the kind is one of the DNS kinds made here. */
    static boolean handles(ComponentKind kind) {
        return switch (kind) {
            case RESOLVER_ENDPOINT, RESOLVER_RULE, PRIVATE_HOSTED_ZONE, ON_PREMISES_RESOLVER ->
                    true;
            default -> false;
        };
    }

    /** The new component, or empty when what it needs is missing (the caller refuses). */
    static Optional<Component> create(Lab lab, ComponentKind kind, String id, String parent) {
        return switch (kind) {
            case RESOLVER_ENDPOINT ->
                    lab.component(parent, Subnet.class).flatMap(s -> endpoint(lab, id, s));
            case RESOLVER_RULE -> rule(lab, id);
            case PRIVATE_HOSTED_ZONE ->
                    lab.all(Vpc.class)
                            .findFirst()
                            .map(
                                    v ->
                                            new PrivateHostedZone(
                                                    id,
                                                    "example.internal",
                                                    List.of(v.id()),
                                                    List.of()));
            case ON_PREMISES_RESOLVER ->
                    AddressPlan.freeOnPremisesAddress(lab, parent)
                            .map(
                                    ip ->
                                            new OnPremisesResolver(
                                                    id, parent, ip, List.of(), List.of()));
            default -> Optional.empty();
        };
    }

    private static Optional<Component> endpoint(Lab lab, String id, Subnet s) {
        Set<IpAddress> used = AddressPlan.usedAddresses(lab);
        List<ResolverEndpoint.Address> addresses = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            Optional<IpAddress> ip = AddressPlan.freeAddress(s.cidr(), used);
            if (ip.isEmpty()) {
                return Optional.empty();
            }
            used.add(ip.get());
            addresses.add(new ResolverEndpoint.Address(s.id(), ip.get()));
        }
        List<String> sg =
                Defaults.defaultSecurityGroupOf(lab, s.vpc())
                        .map(g -> List.of(g.id()))
                        .orElse(List.of());
        return Optional.of(
                new ResolverEndpoint(
                        id, s.vpc(), ResolverEndpoint.Direction.INBOUND, addresses, sg));
    }

    private static Optional<Component> rule(Lab lab, String id) {
        Optional<ResolverEndpoint> outbound =
                lab.all(ResolverEndpoint.class)
                        .filter(e -> e.direction() == ResolverEndpoint.Direction.OUTBOUND)
                        .findFirst();
        if (outbound.isEmpty()) {
            return Optional.empty();
        }
        List<IpAddress> targets =
                lab.all(OnPremisesResolver.class).map(OnPremisesResolver::ip).limit(1).toList();
        return Optional.of(
                new ResolverRule(
                        id,
                        "corp.example.com",
                        ResolverRule.RuleType.FORWARD,
                        Optional.of(outbound.get().id()),
                        targets,
                        List.of(outbound.get().vpc())));
    }
}
