package dev.vpclab.check;

import dev.vpclab.model.Component;
import dev.vpclab.model.DirectConnectGateway;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.VirtualInterface;
import dev.vpclab.model.VirtualPrivateGateway;
import java.util.Optional;

/**
 * Checks Direct Connect as AWS would refuse it (R-DX-1, R-DX-2): a virtual interface attached to a
 * gateway that does not fit its type, a Direct Connect gateway associated with both virtual private
 * gateways and transit gateways, a public virtual interface without the customer's public address.
 *
 * <p>AWS: "You cannot create a public virtual interface to a Direct Connect gateway"; "You cannot
 * attach a Direct Connect gateway to a virtual private gateway when the Direct Connect gateway is
 * already associated with a transit gateway"
 * (https://docs.aws.amazon.com/directconnect/latest/UserGuide/virtualgateways.html); a transit
 * virtual interface goes to a Direct Connect gateway associated with transit gateways
 * (https://docs.aws.amazon.com/directconnect/latest/UserGuide/direct-connect-transit-gateways.html).
 */
final class DirectConnectCheck {
    private final LabIndex index;
    private final Findings findings;

    DirectConnectCheck(LabIndex index, Findings findings) {
        this.index = index;
        this.findings = findings;
    }

    void run() {
        for (Component c : index.lab().components()) {
            if (c instanceof VirtualInterface v) {
                checkInterface(v);
            } else if (c instanceof DirectConnectGateway g) {
                checkGateway(g);
            }
        }
    }

    private void checkInterface(VirtualInterface v) {
        if (v.isPublic()) {
            if (v.gateway().isPresent()) {
                mismatch(v, v.gateway().get());
            }
            if (v.customerAddress().isEmpty()) {
                findings.warning(
                        ProblemCodes.PUBLIC_VIF_WITHOUT_PUBLIC_ADDRESS,
                        v.id(),
                        "customerAddress",
                        "check.publicVifWithoutAddress",
                        v.id());
            }
            return;
        }
        if (v.gateway().isEmpty()) {
            findings.error(
                    ProblemCodes.MISSING_FIELD, v.id(), "gateway", "check.vifNeedsGateway", v.id());
            return;
        }
        Optional<Component> gateway = index.get(v.gateway().get());
        if (gateway.isEmpty()) {
            return; // the reference check reports it
        }
        boolean fits = true; // a wrong kind is the reference check's
        if (gateway.get() instanceof VirtualPrivateGateway) {
            fits = !v.isTransit();
        } else if (gateway.get() instanceof DirectConnectGateway g) {
            // AWS refuses the pairings that cross: transit with VGWs, private with TGWs.
            fits = v.isTransit() ? !associates(g, false) : !associates(g, true);
        }
        if (!fits) {
            mismatch(v, v.gateway().get());
        }
    }

    private void checkGateway(DirectConnectGateway g) {
        if (associates(g, true) && associates(g, false)) {
            findings.error(
                    ProblemCodes.VIRTUAL_INTERFACE_TYPE_MISMATCH,
                    g.id(),
                    "associations",
                    "check.dxGatewayMixed",
                    g.id());
        }
    }

    /** Whether the gateway has an association with a transit gateway (or else with a VGW). */
    private boolean associates(DirectConnectGateway g, boolean transit) {
        return g.associations().stream()
                .flatMap(id -> index.get(id).stream())
                .anyMatch(
                        c ->
                                transit
                                        ? c instanceof TransitGateway
                                        : c instanceof VirtualPrivateGateway);
    }

    private void mismatch(VirtualInterface v, String gateway) {
        findings.error(
                ProblemCodes.VIRTUAL_INTERFACE_TYPE_MISMATCH,
                v.id(),
                "gateway",
                "check.vifTypeMismatch",
                v.id(),
                v.type(),
                gateway);
    }
}
