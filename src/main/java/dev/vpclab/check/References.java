package dev.vpclab.check;

import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves one reference of a component and reports what is wrong with it: no such component
 * ({@code DANGLING_REFERENCE}), a component of another kind ({@code WRONG_REFERENCE_KIND}) or of
 * another VPC ({@code REFERENCE_IN_OTHER_VPC}).
 */
final class References {
    private final LabIndex index;
    private final Findings findings;

    References(LabIndex index, Findings findings) {
        this.index = index;
        this.findings = findings;
    }

    boolean ref(Component owner, String field, String target, Set<ComponentKind> kinds) {
        Optional<Component> found = index.get(target);
        if (found.isEmpty()) {
            findings.error(
                    ProblemCodes.DANGLING_REFERENCE,
                    owner.id(),
                    field,
                    "check.danglingReference",
                    field,
                    target);
            return false;
        }
        if (!kinds.contains(found.get().kind())) {
            findings.error(
                    ProblemCodes.WRONG_REFERENCE_KIND,
                    owner.id(),
                    field,
                    "check.wrongReferenceKind",
                    field,
                    target,
                    found.get().kind().fileName(),
                    kinds.stream().map(ComponentKind::fileName).collect(Collectors.joining(", ")));
            return false;
        }
        return true;
    }

    /**
     * A reference to a component that must also live in the owner's VPC ({@code vpc}: empty when
     * the owner's VPC is unknown: an instance in a missing subnet).
     */
    void inVpc(
            Component owner,
            String field,
            Optional<String> vpc,
            String target,
            Set<ComponentKind> kinds) {
        if (!ref(owner, field, target, kinds)) {
            return;
        }
        // When the owner's own VPC is missing or wrong, that is the one problem to report.
        Optional<String> ownVpc = vpc.filter(v -> index.vpc(v).isPresent());
        Optional<String> targetVpc = index.get(target).flatMap(index::vpcOf);
        if (ownVpc.isPresent() && targetVpc.isPresent() && !ownVpc.get().equals(targetVpc.get())) {
            findings.error(
                    ProblemCodes.REFERENCE_IN_OTHER_VPC,
                    owner.id(),
                    field,
                    "check.referenceInOtherVpc",
                    target,
                    targetVpc.get(),
                    vpc.get());
        }
    }
}
