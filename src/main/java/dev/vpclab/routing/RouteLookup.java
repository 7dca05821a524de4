package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.AddressSet;
import dev.vpclab.model.ManagedPrefixList;
import dev.vpclab.model.MoreSpecificThanLocal;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Longest-prefix match over a route table as AWS does it (R-RT-7): every prefix-list route is
 * expanded into one candidate per entry; the longest matching prefix wins; ties go to static CIDR
 * routes, then prefix-list routes, then propagated routes (R-RT-2, R-RT-5, R-RT-6). A propagated
 * route that overlaps a matching local route never wins, even when it is more specific (R-RT-4,
 * R-VPN-1: Site-to-Site VPN route priority). A static route inside the local route that AWS refuses
 * is left out (R-RT-4).
 */
final class RouteLookup {
    private final LabIndex index;

    RouteLookup(LabIndex index) {
        this.index = index;
    }

    private record Candidate(Route route, Cidr prefix, boolean viaPrefixList) {
        int rank() {
            if (route.origin() == RouteOrigin.PROPAGATED) {
                return 2;
            }
            return viaPrefixList ? 1 : 0;
        }
    }

    /** Looks up {@code dst} in {@code routes} (a table that belongs to no VPC). */
    RouteDecision lookup(List<Route> routes, IpAddress dst) {
        return lookup(routes, dst, Optional.empty());
    }

    /**
     * Looks up {@code dst} in the routes of a table of {@code vpc}. A static route more specific
     * than the local route that AWS refuses (not a whole subnet, or a target other than a NAT
     * gateway or a network interface: R-RT-4) never existed in AWS's table, so it is out of the
     * running and listed as refused; the checker reports it as MORE_SPECIFIC_THAN_LOCAL.
     */
    RouteDecision lookup(List<Route> routes, IpAddress dst, Optional<String> vpc) {
        List<Candidate> matches = new ArrayList<>();
        List<Route> unmatchedPrefixListRoutes = new ArrayList<>();
        List<LosingRoute> refused = new ArrayList<>();
        // the local blocks once per lookup, not once per route: a table of n routes cost n^2
        List<Cidr> locals = vpc.isPresent() ? localBlocks(routes) : List.of();
        for (Route route : routes) {
            if (vpc.isPresent() && refusedInsideLocal(route, locals, vpc.get())) {
                if (route.destination() instanceof AddressSet.Block b && b.cidr().contains(dst)) {
                    refused.add(
                            new LosingRoute(route, Message.of("route.lost.refusedInsideLocal")));
                }
                continue;
            }
            if (route.destination() instanceof AddressSet.Block block) {
                if (block.cidr().contains(dst)) {
                    matches.add(new Candidate(route, block.cidr(), false));
                }
            } else if (route.destination() instanceof AddressSet.PrefixList pl) {
                Optional<Cidr> entry = longestEntry(pl.id(), dst);
                if (entry.isPresent()) {
                    matches.add(new Candidate(route, entry.get(), true));
                } else {
                    unmatchedPrefixListRoutes.add(route);
                }
            }
        }
        // R-RT-4, R-VPN-1: when the local route matches, propagated routes overlapping it are out
        // of the
        // running however specific they are; they are listed as losers with that reason.
        boolean localMatches = matches.stream().anyMatch(c -> c.route.isLocal());
        Candidate best = null;
        boolean randomTie = false;
        for (Candidate c : matches) {
            if (localMatches && c.route.origin() == RouteOrigin.PROPAGATED) {
                continue;
            }
            if (best == null || better(c, best)) {
                best = c;
                randomTie = false;
            } else if (c.prefix.prefixLength() == best.prefix.prefixLength()
                    && c.rank() == best.rank()
                    && c.viaPrefixList
                    && !c.route.target().equals(best.route.target())) {
                randomTie = true; // R-RT-6c: AWS picks one at random, then keeps it
            }
        }
        List<LosingRoute> losers = new ArrayList<>(refused);
        for (Candidate c : matches) {
            if (c != best && !c.route.equals(best.route)) {
                Message why =
                        localMatches && c.route.origin() == RouteOrigin.PROPAGATED
                                ? Message.of("route.lost.localOverPropagated")
                                : whyLost(c, best);
                losers.add(new LosingRoute(c.route, why));
            }
        }
        for (Route r : unmatchedPrefixListRoutes) {
            losers.add(new LosingRoute(r, whyNoMatch(r, dst)));
        }
        if (best == null) {
            for (Route r : routes) {
                if (r.destination() instanceof AddressSet.Block block
                        && block.cidr().version() == dst.version()
                        && losers.size() < 8) {
                    losers.add(new LosingRoute(r, Message.of("route.notContaining", dst)));
                }
            }
            return new RouteDecision(Optional.empty(), Optional.empty(), losers, false);
        }
        return new RouteDecision(
                Optional.of(best.route),
                best.viaPrefixList ? Optional.of(best.prefix) : Optional.empty(),
                losers,
                randomTie);
    }

    /** The blocks of a table's local routes. */
    private static List<Cidr> localBlocks(List<Route> routes) {
        List<Cidr> locals = new ArrayList<>(2);
        for (Route r : routes) {
            if (r.isLocal() && r.destination() instanceof AddressSet.Block local) {
                locals.add(local.cidr());
            }
        }
        return locals;
    }

    /**
     * R-RT-4: a static CIDR route strictly inside a local route (one of {@code locals}, the blocks
     * of the table's local routes) that AWS would not accept.
     */
    private boolean refusedInsideLocal(Route route, List<Cidr> locals, String vpc) {
        if (route.isLocal()
                || route.origin() == RouteOrigin.PROPAGATED
                || !(route.destination() instanceof AddressSet.Block block)) {
            return false;
        }
        Cidr dest = block.cidr();
        boolean insideLocal = false;
        for (Cidr local : locals) {
            if (local.contains(dest) && !local.equals(dest)) {
                insideLocal = true;
                break;
            }
        }
        if (!insideLocal) {
            return false;
        }
        boolean wholeSubnet =
                index.subnetsOf(vpc).stream()
                        .anyMatch(
                                sn ->
                                        sn.cidr().equals(dest)
                                                || sn.ipv6Cidr().map(dest::equals).orElse(false));
        boolean allowedTarget =
                index.lab
                        .component(route.target())
                        .map(c -> MoreSpecificThanLocal.allowsTarget(c.kind()))
                        .orElse(true); // a dangling target is a blackhole, reported as such
        return !wholeSubnet || !allowedTarget;
    }

    private static boolean better(Candidate a, Candidate b) {
        if (a.prefix.prefixLength() != b.prefix.prefixLength()) {
            return a.prefix.prefixLength() > b.prefix.prefixLength();
        }
        return a.rank() < b.rank();
    }

    private Optional<Cidr> longestEntry(String prefixListId, IpAddress dst) {
        Optional<ManagedPrefixList> list = index.prefixList(prefixListId);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Cidr best = null;
        for (Cidr c : list.get().cidrs()) {
            if (c.contains(dst) && (best == null || c.prefixLength() > best.prefixLength())) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Message whyLost(Candidate loser, Candidate winner) {
        int mine = loser.prefix.prefixLength();
        int theirs = winner.prefix.prefixLength();
        if (mine < theirs) {
            if (loser.viaPrefixList) {
                return Message.of("route.lost.entryShorter", loser.prefix, theirs);
            }
            if (winner.viaPrefixList) {
                return Message.of("route.lost.shorterThanEntry", mine, theirs);
            }
            return Message.of("route.lost.shorter", mine, theirs);
        }
        if (loser.route.origin() == RouteOrigin.PROPAGATED) {
            return Message.of("route.lost.propagated");
        }
        if (loser.viaPrefixList && !winner.viaPrefixList) {
            return Message.of("route.lost.prefixListTie");
        }
        return Message.of("route.lost.tie");
    }

    private Message whyNoMatch(Route route, IpAddress dst) {
        String id = ((AddressSet.PrefixList) route.destination()).id();
        Optional<ManagedPrefixList> list = index.prefixList(id);
        if (list.isEmpty()) {
            return Message.of("route.noMatch.unknownPrefixList", id);
        }
        if (list.get().addressFamily() != dst.version()) {
            return Message.of(
                    "route.noMatch.family",
                    list.get().addressFamily() == dev.vpclab.net.IpVersion.V4 ? "IPv4" : "IPv6",
                    dst.isV4() ? "IPv4" : "IPv6");
        }
        return Message.of("route.noMatch.prefixList", list.get().name(), list.get().region(), dst);
    }
}
