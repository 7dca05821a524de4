package dev.vpclab.routing;

import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

/**
 * The partition of the address space induced by a set of CIDR blocks and single addresses (the
 * "atoms" of data-plane verification): two addresses in the same atom lie inside exactly the same
 * blocks, so no longest-prefix match, NACL, security-group rule or policy condition written with
 * those blocks can tell them apart.
 *
 * <p>IPv4 atoms are the intervals between the sorted block boundaries (start and end + 1 of each
 * block), found by binary search. IPv6 blocks can be wider than a {@code long} counts, so an IPv6
 * atom is the set of blocks that contain the address: also exact, and IPv6 sources are rare here.
 */
final class AddressAtoms {
    private final IpAddress[] v4Boundaries;
    private final List<Cidr> v6Blocks;

    /** The atoms of these blocks; a single address counts as a full-length block. */
    AddressAtoms(List<Cidr> blocks) {
        TreeSet<IpAddress> boundaries = new TreeSet<>();
        List<Cidr> v6 = new ArrayList<>();
        for (Cidr c : blocks) {
            if (c.network().isV4()) {
                boundaries.add(c.network());
                // plus() wraps within the family: the end of 0.0.0.0/0 is 0.0.0.0, already in.
                boundaries.add(c.network().plus(c.size()));
            } else {
                v6.add(c);
            }
        }
        this.v4Boundaries = boundaries.toArray(IpAddress[]::new);
        this.v6Blocks = List.copyOf(new TreeSet<>(v6));
    }

    /**
     * The atom of an address, as a value with equality: equal atoms for addresses no block tells
     * apart, different atoms otherwise.
     */
    Object atomOf(IpAddress ip) {
        if (ip.isV4()) {
            int i = java.util.Arrays.binarySearch(v4Boundaries, ip);
            // the interval starting at the greatest boundary <= ip; -1 before the first boundary
            return new V4Atom(i >= 0 ? i : -i - 2);
        }
        BitSet inside = new BitSet(v6Blocks.size());
        for (int i = 0; i < v6Blocks.size(); i++) {
            if (v6Blocks.get(i).contains(ip)) {
                inside.set(i);
            }
        }
        return new V6Atom(inside);
    }

    /** The number of IPv4 boundaries (for reports). */
    int v4Boundaries() {
        return v4Boundaries.length;
    }

    private record V4Atom(int interval) {}

    private record V6Atom(BitSet blocks) {}
}
