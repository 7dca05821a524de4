package dev.vpclab.edit;

import dev.vpclab.model.Component;
import dev.vpclab.model.GatewayLoadBalancer;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InstanceConnectEndpoint;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.OnPremisesResolver;
import dev.vpclab.model.ResolverEndpoint;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The free address blocks and addresses a new component gets, as the AWS console proposes them: a
 * VPC a /16 no other VPC of the lab overlaps, a subnet the next free /24 of its VPC, an interface
 * the next free address of its subnet after the four AWS reserves.
 */
public final class AddressPlan {
    private AddressPlan() {}

    /** AWS reserves the first four addresses and the last one of every subnet. */
    public static final int RESERVED_AT_START = 4;

    /** A /16 in 10.0.0.0/8 that overlaps no VPC or on-premises network of the lab. */
    public static Optional<Cidr> freeVpcCidr(Lab lab) {
        List<Cidr> used =
                lab.components().stream()
                        .flatMap(
                                c ->
                                        c instanceof Vpc v
                                                ? Stream.of(v.cidr())
                                                : c instanceof OnPremisesNetwork n
                                                        ? Stream.of(n.cidr())
                                                        : Stream.empty())
                        .toList();
        return freeBlock(Cidr.parse("10.0.0.0/8"), 16, used);
    }

    /** The next /24 of the VPC that no subnet uses (or a smaller block when the VPC is small). */
    public static Optional<Cidr> freeSubnetCidr(Lab lab, String vpcId) {
        Objects.requireNonNull(vpcId, "vpcId");
        Optional<Vpc> vpc = lab.component(vpcId, Vpc.class);
        if (vpc.isEmpty()) {
            return Optional.empty();
        }
        List<Cidr> used =
                lab.all(Subnet.class).filter(s -> s.vpc().equals(vpcId)).map(Subnet::cidr).toList();
        int length = Math.max(24, vpc.get().cidr().prefixLength());
        Optional<Cidr> block = freeBlock(vpc.get().cidr(), length, used);
        // A VPC with every /24 used may still have room in a smaller block.
        for (int l = length + 1; block.isEmpty() && l <= 28; l++) {
            block = freeBlock(vpc.get().cidr(), l, used);
        }
        return block;
    }

    /** The first block of {@code length} in {@code within} that overlaps none of {@code used}. */
    public static Optional<Cidr> freeBlock(Cidr within, int length, List<Cidr> used) {
        if (length < within.prefixLength() || length > within.version().bits()) {
            return Optional.empty();
        }
        long step = 1L << (within.version().bits() - length);
        long count = 1L << (length - within.prefixLength());
        for (long i = 0; i < count && i < 65_536; i++) {
            Cidr candidate = new Cidr(within.network().plus(i * step), length);
            if (used.stream().noneMatch(candidate::overlaps)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The next address of the subnet that no interface of the lab uses. */
    public static Optional<IpAddress> freeAddress(Lab lab, String subnetId) {
        return lab.component(subnetId, Subnet.class)
                .flatMap(s -> freeAddress(s.cidr(), usedAddresses(lab)));
    }

    /**
     * The next address of the subnet's IPv6 block that no instance of the lab uses: AWS refuses an
     * IPv6 address already assigned in the subnet.
     */
    public static Optional<IpAddress> freeIpv6Address(Lab lab, String subnetId) {
        Set<IpAddress> used = new HashSet<>();
        lab.all(Instance.class).forEach(i -> i.ipv6().ifPresent(used::add));
        return lab.component(subnetId, Subnet.class)
                .flatMap(Subnet::ipv6Cidr)
                .flatMap(block -> freeAddress(block, used));
    }

    /**
     * The next public address after {@code near} that no instance or NAT gateway of the lab holds:
     * an Elastic IP is associated with one network interface at a time.
     */
    public static Optional<IpAddress> freePublicAddress(Lab lab, IpAddress near) {
        Set<IpAddress> used = new HashSet<>();
        lab.all(Instance.class).forEach(i -> i.publicIp().ifPresent(used::add));
        lab.all(NatGateway.class).forEach(n -> n.elasticIp().ifPresent(used::add));
        for (long n = 1; n < 4096; n++) {
            IpAddress candidate = near.plus(n);
            if (!used.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The next /64 of the VPC's IPv6 block that no subnet of the VPC uses. */
    public static Optional<Cidr> freeSubnetIpv6Cidr(Lab lab, String vpcId) {
        List<Cidr> used =
                lab.all(Subnet.class)
                        .filter(s -> s.vpc().equals(vpcId))
                        .flatMap(s -> s.ipv6Cidr().stream())
                        .toList();
        return lab.component(vpcId, Vpc.class)
                .flatMap(Vpc::ipv6Cidr)
                .flatMap(block -> freeBlock(block, 64, used));
    }

    /** The next free host address of an on-premises network. */
    public static Optional<IpAddress> freeOnPremisesAddress(Lab lab, String networkId) {
        return lab.component(networkId, OnPremisesNetwork.class)
                .flatMap(n -> freeAddress(n.cidr(), usedAddresses(lab)));
    }

    static Optional<IpAddress> freeAddress(Cidr block, Set<IpAddress> used) {
        long size = block.size();
        for (long n = RESERVED_AT_START; n < size - 1 && n < 1_000_000; n++) {
            IpAddress candidate = block.address(n);
            if (!used.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Every private address the lab's interfaces hold. */
    public static Set<IpAddress> usedAddresses(Lab lab) {
        Set<IpAddress> used = new HashSet<>();
        for (Component c : lab.components()) {
            if (c instanceof Instance i) {
                used.add(i.privateIp());
            } else if (c instanceof NatGateway n) {
                used.add(n.privateIp());
            } else if (c instanceof InstanceConnectEndpoint e) {
                used.add(e.privateIp());
            } else if (c instanceof InterfaceEndpoint e) {
                e.enis().forEach(eni -> used.add(eni.ip()));
            } else if (c instanceof NetworkLoadBalancer nlb) {
                nlb.nodes().forEach(node -> used.add(node.ip()));
            } else if (c instanceof GatewayLoadBalancer g) {
                g.nodes().forEach(node -> used.add(node.ip()));
            } else if (c instanceof GatewayLoadBalancerEndpoint e) {
                used.add(e.ip());
            } else if (c instanceof OnPremisesHost h) {
                used.add(h.ip());
            } else if (c instanceof ResolverEndpoint r) {
                r.ipAddresses().forEach(a -> used.add(a.ip()));
            } else if (c instanceof OnPremisesResolver r) {
                used.add(r.ip());
            }
        }
        return used;
    }
}
