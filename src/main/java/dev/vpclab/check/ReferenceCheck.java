package dev.vpclab.check;

import dev.vpclab.model.Component;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.Flow;
import dev.vpclab.model.InstanceConnectEndpoint;
import dev.vpclab.model.KindDescriptor;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.Reference;
import dev.vpclab.model.ReferenceField;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayAttachment;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that every reference names an existing component of the right kind ({@code
 * DANGLING_REFERENCE}, {@code WRONG_REFERENCE_KIND}), that ids are unique ({@code DUPLICATE_ID})
 * and that what a component attaches to lives in its own VPC ({@code REFERENCE_IN_OTHER_VPC}: AWS
 * refuses a subnet associated with another VPC's route table, an instance in another VPC's security
 * group, and so on).
 */
final class ReferenceCheck {
    private final LabIndex index;
    private final Findings findings;
    private final References refs;

    ReferenceCheck(LabIndex index, Findings findings) {
        this.index = index;
        this.findings = findings;
        this.refs = new References(index, findings);
    }

    void run() {
        Set<String> seen = new HashSet<>();
        for (Component c : index.lab().components()) {
            if (!seen.add(c.id())) {
                findings.error(
                        ProblemCodes.DUPLICATE_ID, c.id(), "id", "check.duplicateId", c.id());
            }
            check(c);
        }
        index.lab().query().ifPresent(q -> flow("query", q));
        for (int k = 0; k < index.lab().flows().size(); k++) {
            flow(at("flows", k), index.lab().flows().get(k));
        }
    }

    /**
     * A saved flow or a scenario's query starts at a component and ends at a component or a DNS
     * name (or address): anything without a dot is an id. These problems have no component, only
     * the top-level field path.
     */
    private void flow(String path, Flow f) {
        if (index.get(f.from()).isEmpty()) {
            findings.error(
                    ProblemCodes.DANGLING_REFERENCE,
                    null,
                    path + ".from",
                    "check.danglingReference",
                    path + ".from",
                    f.from());
        }
        if (f.to().indexOf('.') < 0 && f.to().indexOf(':') < 0 && index.get(f.to()).isEmpty()) {
            findings.error(
                    ProblemCodes.DANGLING_REFERENCE,
                    null,
                    path + ".to",
                    "check.danglingReference",
                    path + ".to",
                    f.to());
        }
        f.via()
                .filter(
                        v ->
                                index.get(v)
                                        .filter(c -> c instanceof InstanceConnectEndpoint)
                                        .isEmpty())
                .ifPresent(
                        v ->
                                findings.error(
                                        ProblemCodes.DANGLING_REFERENCE,
                                        null,
                                        path + ".via",
                                        index.get(v).isPresent()
                                                ? "check.viaNotInstanceConnect"
                                                : "check.danglingReference",
                                        path + ".via",
                                        v));
    }

    /**
     * Every reference the kind's descriptor lists is resolved the same way; what is left here is
     * what names an id inside another component (a listener's target group, an attachment's transit
     * gateway route table).
     */
    private void check(Component c) {
        Optional<String> ownVpc = ownVpc(c);
        for (Reference r : KindDescriptor.referencesOf(c)) {
            switch (r.field().check()) {
                case NAMED -> {}
                case WHEN_ID -> {
                    if (looksLikeId(r.field(), r.target())) {
                        resolve(c, ownVpc, r);
                    }
                }
                case REQUIRED -> resolve(c, ownVpc, r);
            }
        }
        if (c instanceof NetworkLoadBalancer n) {
            listeners(n);
        } else if (c instanceof TransitGatewayAttachment a) {
            attachmentRouteTable(a);
        }
    }

    private void resolve(Component c, Optional<String> ownVpc, Reference r) {
        ReferenceField f = r.field();
        switch (f.scope()) {
            case ANY -> refs.ref(c, r.path(), r.target(), f.targets());
            case OWN_VPC -> refs.inVpc(c, r.path(), ownVpc, r.target(), f.targets());
        }
    }

    // An endpoint service is named by its id (vpce-svc-...); an AWS service by its name.
    private boolean looksLikeId(ReferenceField f, String value) {
        return ReferenceField.writtenAsId(value)
                || index.get(value).filter(t -> f.mayPointTo(t.kind())).isPresent();
    }

    /** The VPC a component lives in: its own, its subnet's, or the provider VPC of a service. */
    private Optional<String> ownVpc(Component c) {
        if (c instanceof EndpointService s) {
            return Optional.of(s.providerVpc());
        }
        return index.vpcOf(c);
    }

    private void listeners(NetworkLoadBalancer n) {
        Set<String> groups =
                n.targetGroups().stream()
                        .map(NetworkLoadBalancer.TargetGroup::id)
                        .collect(Collectors.toSet());
        for (int k = 0; k < n.listeners().size(); k++) {
            String tg = n.listeners().get(k).targetGroup();
            if (!groups.contains(tg)) {
                findings.error(
                        ProblemCodes.DANGLING_REFERENCE,
                        n.id(),
                        at("listeners", k) + ".targetGroup",
                        "check.danglingTargetGroup",
                        tg,
                        n.id());
            }
        }
    }

    // An attachment need not be associated with a route table; when it is, the table is one of
    // its own transit gateway's tables.
    private void attachmentRouteTable(TransitGatewayAttachment a) {
        Optional<TransitGateway> own = index.get(a.transitGateway(), TransitGateway.class);
        if (own.isPresent() && !a.routeTable().isEmpty()) {
            TransitGateway tgw = own.get();
            boolean found = tgw.routeTables().stream().anyMatch(t -> t.id().equals(a.routeTable()));
            if (!found) {
                findings.error(
                        ProblemCodes.DANGLING_REFERENCE,
                        a.id(),
                        "routeTable",
                        "check.danglingTgwRouteTable",
                        a.routeTable(),
                        tgw.id());
            }
        }
    }

    static String at(String list, int i) {
        return list + "[" + i + "]";
    }
}
