package dev.vpclab.check;

import dev.vpclab.model.Component;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayPeering;

/**
 * Checks transit gateway peering attachments as AWS would refuse them (R-TGW-2): an attachment
 * joining a transit gateway with itself, and a propagated route towards a peering attachment: "To
 * route traffic between the transit gateways, add a static route to the transit gateway route table
 * that points to the transit gateway peering attachment"; nothing propagates across one
 * (https://docs.aws.amazon.com/vpc/latest/tgw/tgw-peering.html).
 */
final class TransitPeeringCheck {
    private final LabIndex index;
    private final Findings findings;

    TransitPeeringCheck(LabIndex index, Findings findings) {
        this.index = index;
        this.findings = findings;
    }

    void run() {
        for (Component c : index.lab().components()) {
            if (c instanceof TransitGatewayPeering p && p.requester().equals(p.accepter())) {
                findings.error(
                        ProblemCodes.TGW_PEERING_SAME_GATEWAY,
                        p.id(),
                        "accepter",
                        "check.tgwPeeringSameGateway",
                        p.id(),
                        p.requester());
            } else if (c instanceof TransitGateway t) {
                checkRoutes(t);
            }
        }
    }

    private void checkRoutes(TransitGateway t) {
        for (int r = 0; r < t.routeTables().size(); r++) {
            TransitGateway.RouteTableEntry table = t.routeTables().get(r);
            for (int k = 0; k < table.routes().size(); k++) {
                Route route = table.routes().get(k);
                if (route.origin() == RouteOrigin.PROPAGATED
                        && index.get(route.target(), TransitGatewayPeering.class).isPresent()) {
                    findings.error(
                            ProblemCodes.TGW_PEERING_ROUTE_NOT_STATIC,
                            t.id(),
                            "routeTables[" + r + "].routes[" + k + "].origin",
                            "check.tgwPeeringPropagated",
                            table.id(),
                            route,
                            route.target());
                }
            }
        }
    }
}
