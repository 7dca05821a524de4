package dev.vpclab.check;

import dev.vpclab.model.Component;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.NatConnectivity;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.model.Vpc;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.net.Cidr;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks what connects a VPC to other networks: peering connections (R-PEER-2, R-PEER-5), NAT
 * gateways and their Elastic IP (R-NAT-1, R-NAT-2), one internet gateway and one virtual private
 * gateway per VPC, and transit gateway attachments (R-TGW-1).
 */
final class ConnectionCheck {
    /** Peering states in which the connection does not exist (any more) on AWS's side. */
    private static final Set<String> GONE = Set.of("failed", "rejected", "expired", "deleted");

    private final LabIndex index;
    private final Findings findings;

    ConnectionCheck(LabIndex index, Findings findings) {
        this.index = index;
        this.findings = findings;
    }

    void run() {
        Map<String, String> peeringOfPair = new HashMap<>();
        Map<String, String> gatewayOfVpc = new HashMap<>();
        for (Component c : index.lab().components()) {
            if (c instanceof VpcPeering p) {
                checkPeering(p, peeringOfPair);
            } else if (c instanceof NatGateway n) {
                checkNat(n);
            } else if (c instanceof InternetGateway g) {
                oneGateway(g.id(), g.vpc(), "igw", gatewayOfVpc);
            } else if (c instanceof VirtualPrivateGateway g) {
                oneGateway(g.id(), g.vpc(), "vgw", gatewayOfVpc);
            } else if (c instanceof TransitGatewayAttachment a) {
                checkAttachment(a);
            }
        }
    }

    private void checkPeering(VpcPeering p, Map<String, String> peeringOfPair) {
        if (p.requester().equals(p.accepter())) {
            findings.error(
                    ProblemCodes.PEERING_SAME_VPC,
                    p.id(),
                    "accepter",
                    "check.peeringSameVpc",
                    p.requester());
            return;
        }
        Optional<Vpc> requester = index.vpc(p.requester());
        Optional<Vpc> accepter = index.vpc(p.accepter());
        if (requester.isPresent() && accepter.isPresent()) {
            // R-PEER-2: reported whatever the status, as the failed peering is the lesson.
            overlap(
                    p,
                    requester.get(),
                    requester.get().cidr(),
                    accepter.get(),
                    accepter.get().cidr());
            if (requester.get().ipv6Cidr().isPresent() && accepter.get().ipv6Cidr().isPresent()) {
                overlap(
                        p,
                        requester.get(),
                        requester.get().ipv6Cidr().get(),
                        accepter.get(),
                        accepter.get().ipv6Cidr().get());
            }
        }
        if (GONE.contains(p.status().toLowerCase(Locale.ROOT))) {
            return;
        }
        String a = p.requester();
        String b = p.accepter();
        String pair = a.compareTo(b) < 0 ? a + '\n' + b : b + '\n' + a;
        String first = peeringOfPair.putIfAbsent(pair, p.id());
        if (first != null) {
            findings.error(
                    ProblemCodes.PEERING_DUPLICATE,
                    p.id(),
                    "accepter",
                    "check.peeringDuplicate",
                    first,
                    a,
                    b);
        }
    }

    private void overlap(VpcPeering p, Vpc requester, Cidr r, Vpc accepter, Cidr a) {
        if (r.overlaps(a)) {
            findings.error(
                    ProblemCodes.VPC_PEERING_CIDR_OVERLAP,
                    p.id(),
                    "accepter",
                    "check.vpcPeeringCidrOverlap",
                    requester.id(),
                    r,
                    accepter.id(),
                    a);
        }
    }

    private void checkNat(NatGateway n) {
        if (n.connectivity() == NatConnectivity.PUBLIC && n.elasticIp().isEmpty()) {
            findings.error(
                    ProblemCodes.PUBLIC_NAT_WITHOUT_EIP,
                    n.id(),
                    "connectivity",
                    "check.publicNatWithoutEip",
                    n.id());
        } else if (n.connectivity() == NatConnectivity.PRIVATE && n.elasticIp().isPresent()) {
            findings.error(
                    ProblemCodes.PRIVATE_NAT_WITH_EIP,
                    n.id(),
                    "elasticIp",
                    "check.privateNatWithEip",
                    n.id(),
                    n.elasticIp().get());
        }
    }

    /** A VPC has at most one internet gateway and one virtual private gateway attached. */
    private void oneGateway(String id, String vpc, String type, Map<String, String> gatewayOfVpc) {
        String first = gatewayOfVpc.putIfAbsent(type + '\n' + vpc, id);
        if (first != null) {
            findings.error(
                    ProblemCodes.ONE_GATEWAY_PER_VPC,
                    id,
                    "vpc",
                    "igw".equals(type) ? "check.oneInternetGateway" : "check.oneVpnGateway",
                    vpc,
                    first);
        }
    }

    /** R-TGW-1: one subnet per Availability Zone, and the VPC in the transit gateway's Region. */
    private void checkAttachment(TransitGatewayAttachment a) {
        Map<String, String> subnetOfAz = new HashMap<>();
        for (int k = 0; k < a.subnets().size(); k++) {
            Optional<Subnet> subnet = index.subnet(a.subnets().get(k));
            if (subnet.isEmpty()) {
                continue;
            }
            String first = subnetOfAz.putIfAbsent(subnet.get().azId(), subnet.get().id());
            if (first != null) {
                findings.error(
                        ProblemCodes.TGW_ATTACHMENT_TWO_SUBNETS_IN_ONE_AZ,
                        a.id(),
                        ReferenceCheck.at("subnets", k),
                        "check.tgwTwoSubnetsInOneAz",
                        subnet.get().id(),
                        first,
                        subnet.get().azId());
            }
        }
        Optional<String> tgwRegion =
                index.get(a.transitGateway(), TransitGateway.class).map(TransitGateway::region);
        Optional<String> vpcRegion = index.regionOf(a.vpc());
        if (tgwRegion.isPresent() && vpcRegion.isPresent() && !tgwRegion.equals(vpcRegion)) {
            findings.error(
                    ProblemCodes.TGW_REGION_MISMATCH,
                    a.id(),
                    "vpc",
                    "check.tgwRegionMismatch",
                    a.vpc(),
                    vpcRegion.get(),
                    a.transitGateway(),
                    tgwRegion.get());
        }
    }
}
