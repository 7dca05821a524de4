package dev.vpclab.check;

import dev.vpclab.model.Component;
import dev.vpclab.model.EndpointEni;
import dev.vpclab.model.GatewayLoadBalancer;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InstanceConnectEndpoint;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.IpVersion;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks the addressing of a lab: VPC and subnet block sizes, subnets inside their VPC and not
 * overlapping each other, network interface addresses inside their subnet, not reserved by AWS and
 * not used twice in one VPC.
 */
final class AddressCheck {
    /** AWS accepts IPv4 VPC and subnet blocks from /16 to /28. */
    private static final int LARGEST_V4_BLOCK = 16;

    private static final int SMALLEST_V4_BLOCK = 28;

    /** AWS reserves the first four addresses of every subnet (network, router, DNS, future). */
    private static final int RESERVED_AT_START = 4;

    private final LabIndex index;
    private final Findings findings;

    /** The first owner of each address, per VPC: "vpc\naddress" to "component field". */
    private final Map<String, String> addressOwners = new HashMap<>();

    AddressCheck(LabIndex index, Findings findings) {
        this.index = index;
        this.findings = findings;
    }

    void run() {
        Map<String, List<Subnet>> byVpc = new HashMap<>();
        for (Component c : index.lab().components()) {
            if (c instanceof Vpc v) {
                blockSize(v.id(), "cidr", v.cidr());
            } else if (c instanceof Subnet s) {
                checkSubnet(s);
                byVpc.computeIfAbsent(s.vpc(), k -> new ArrayList<>()).add(s);
            } else if (c instanceof Instance i) {
                checkInstance(i);
            } else if (c instanceof NatGateway n) {
                address(n, "privateIp", n.subnet(), n.privateIp());
            } else if (c instanceof InstanceConnectEndpoint e) {
                address(e, "privateIp", e.subnet(), e.privateIp());
            } else if (c instanceof InterfaceEndpoint e) {
                for (int k = 0; k < e.enis().size(); k++) {
                    EndpointEni eni = e.enis().get(k);
                    address(e, ReferenceCheck.at("enis", k) + ".ip", eni.subnet(), eni.ip());
                }
            } else if (c instanceof NetworkLoadBalancer n) {
                for (int k = 0; k < n.nodes().size(); k++) {
                    NetworkLoadBalancer.Node node = n.nodes().get(k);
                    address(n, ReferenceCheck.at("nodes", k) + ".ip", node.subnet(), node.ip());
                }
            } else if (c instanceof GatewayLoadBalancer g) {
                for (int k = 0; k < g.nodes().size(); k++) {
                    NetworkLoadBalancer.Node node = g.nodes().get(k);
                    address(g, ReferenceCheck.at("nodes", k) + ".ip", node.subnet(), node.ip());
                }
            } else if (c instanceof GatewayLoadBalancerEndpoint e) {
                address(e, "ip", e.subnet(), e.ip());
            } else if (c instanceof OnPremisesHost h) {
                checkOnPremisesHost(h);
            }
        }
        for (List<Subnet> subnets : byVpc.values()) {
            overlaps(subnets, s -> Optional.of(s.cidr()), "cidr");
            overlaps(subnets, Subnet::ipv6Cidr, "ipv6Cidr");
        }
    }

    private void checkSubnet(Subnet s) {
        blockSize(s.id(), "cidr", s.cidr());
        Optional<Vpc> vpc = index.vpc(s.vpc());
        if (vpc.isEmpty()) {
            return; // reported as a dangling reference
        }
        if (!vpc.get().cidr().contains(s.cidr())) {
            findings.error(
                    ProblemCodes.SUBNET_OUTSIDE_VPC,
                    s.id(),
                    "cidr",
                    "check.subnetOutsideVpc",
                    s.cidr(),
                    vpc.get().id(),
                    vpc.get().cidr());
        }
        if (s.ipv6Cidr().isPresent()) {
            Optional<Cidr> vpcV6 = vpc.get().ipv6Cidr();
            if (vpcV6.isEmpty()) {
                findings.error(
                        ProblemCodes.SUBNET_OUTSIDE_VPC,
                        s.id(),
                        "ipv6Cidr",
                        "check.subnetIpv6WithoutVpcIpv6",
                        s.ipv6Cidr().get(),
                        vpc.get().id());
            } else if (!vpcV6.get().contains(s.ipv6Cidr().get())) {
                findings.error(
                        ProblemCodes.SUBNET_OUTSIDE_VPC,
                        s.id(),
                        "ipv6Cidr",
                        "check.subnetOutsideVpc",
                        s.ipv6Cidr().get(),
                        vpc.get().id(),
                        vpcV6.get());
            }
        }
    }

    private void blockSize(String id, String field, Cidr cidr) {
        if (cidr.version() == IpVersion.V4
                && (cidr.prefixLength() < LARGEST_V4_BLOCK
                        || cidr.prefixLength() > SMALLEST_V4_BLOCK)) {
            findings.error(ProblemCodes.CIDR_BLOCK_SIZE, id, field, "check.cidrBlockSize", cidr);
        }
    }

    private void checkInstance(Instance i) {
        address(i, "privateIp", i.subnet(), i.privateIp());
        i.ipv6().ifPresent(ip -> address(i, "ipv6", i.subnet(), ip));
    }

    private void checkOnPremisesHost(OnPremisesHost h) {
        // Not an AWS rule, but a host outside its network's block could never be routed to.
        index.get(h.network(), OnPremisesNetwork.class)
                .filter(n -> !n.cidr().contains(h.ip()))
                .ifPresent(
                        n ->
                                findings.error(
                                        ProblemCodes.ADDRESS_OUTSIDE_SUBNET,
                                        h.id(),
                                        "ip",
                                        "check.addressOutsideNetwork",
                                        h.ip(),
                                        n.id(),
                                        n.cidr()));
    }

    /** One private address of a network interface in a subnet. */
    private void address(Component owner, String field, String subnetId, IpAddress ip) {
        Optional<Subnet> subnet = index.subnet(subnetId);
        if (subnet.isEmpty()) {
            return; // reported as a dangling reference
        }
        Subnet s = subnet.get();
        Optional<Cidr> block = ip.isV4() ? Optional.of(s.cidr()) : s.ipv6Cidr();
        if (block.isEmpty() || !block.get().contains(ip)) {
            findings.error(
                    ProblemCodes.ADDRESS_OUTSIDE_SUBNET,
                    owner.id(),
                    field,
                    "check.addressOutsideSubnet",
                    ip,
                    s.id(),
                    block.map(Cidr::toString).orElse("-"));
            return;
        }
        if (isReserved(block.get(), ip)) {
            findings.error(
                    ProblemCodes.RESERVED_ADDRESS,
                    owner.id(),
                    field,
                    "check.reservedAddress",
                    ip,
                    s.id(),
                    block.get());
        }
        String key = s.vpc() + '\n' + ip;
        String first = addressOwners.putIfAbsent(key, owner.id());
        if (first != null) {
            findings.error(
                    ProblemCodes.DUPLICATE_ADDRESS,
                    owner.id(),
                    field,
                    "check.duplicateAddress",
                    ip,
                    first,
                    s.vpc());
        }
    }

    /** The first four and the last address of a subnet block are AWS's (IPv4 and IPv6). */
    private static boolean isReserved(Cidr block, IpAddress ip) {
        for (int n = 0; n < RESERVED_AT_START; n++) {
            if (block.address(n).equals(ip)) {
                return true;
            }
        }
        return !block.contains(ip.plus(1)); // the next address is outside: ip is the last one
    }

    /**
     * Reports each subnet whose block overlaps an earlier one of the same VPC. CIDR blocks either
     * nest or are disjoint, so after sorting by network address a stack of the blocks that are
     * still open finds every overlap in O(n log n).
     */
    private void overlaps(
            List<Subnet> subnets, Function<Subnet, Optional<Cidr>> cidrOf, String field) {
        List<Subnet> sorted = new ArrayList<>();
        for (Subnet s : subnets) {
            if (cidrOf.apply(s).isPresent()) {
                sorted.add(s);
            }
        }
        if (sorted.size() < 2) {
            return;
        }
        Comparator<Subnet> byBlock = Comparator.comparing(s -> cidrOf.apply(s).orElseThrow());
        sorted.sort(byBlock);
        Deque<Subnet> open = new ArrayDeque<>();
        for (Subnet s : sorted) {
            Cidr cidr = cidrOf.apply(s).orElseThrow();
            while (!open.isEmpty()
                    && !cidrOf.apply(open.peek()).orElseThrow().contains(cidr.network())) {
                open.pop();
            }
            if (!open.isEmpty()) {
                Subnet other = open.peek();
                // Report on whichever of the two comes later in the file.
                boolean sLater = index.position(s.id()) >= index.position(other.id());
                Subnet later = sLater ? s : other;
                Subnet earlier = sLater ? other : s;
                findings.error(
                        ProblemCodes.SUBNETS_OVERLAP,
                        later.id(),
                        field,
                        "check.subnetsOverlap",
                        cidrOf.apply(later).orElseThrow(),
                        earlier.id(),
                        cidrOf.apply(earlier).orElseThrow());
            }
            open.push(s);
        }
    }
}
