package dev.vpclab.edit;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.RouteTable;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes AWS refuses: a VPC's main route table and its default network ACL cannot be deleted while
 * the VPC exists (DeleteRouteTable fails with DependencyViolation for the main table;
 * DeleteNetworkAcl fails for the default ACL). They go only together with their VPC.
 */
public final class DeletionGuard {
    private DeletionGuard() {}

    /** Why deleting {@code ids} is refused, or empty when it is allowed. */
    public static Optional<Message> refusal(Lab lab, Set<String> ids) {
        for (String id : ids) {
            Optional<Component> c = lab.component(id);
            if (c.isEmpty()) {
                continue;
            }
            if (c.get() instanceof RouteTable rt
                    && !ids.contains(rt.vpc())
                    && Defaults.mainRouteTableOf(lab, rt.vpc())
                            .map(m -> m.id().equals(id))
                            .orElse(false)) {
                return Optional.of(Message.of("edit.delete.refused.mainRouteTable", id, rt.vpc()));
            }
            if (c.get() instanceof NetworkAcl acl && acl.isDefault() && !ids.contains(acl.vpc())) {
                return Optional.of(Message.of("edit.delete.refused.defaultNacl", id, acl.vpc()));
            }
        }
        return Optional.empty();
    }

    /** The delete as an attempt: refused with the reason, or the {@link Deletion} edit. */
    public static EditAttempt attempt(Lab lab, Set<String> ids) {
        return refusal(lab, ids)
                .<EditAttempt>map(EditAttempt.Refused::new)
                .orElseGet(() -> EditAttempt.allowed(Deletion.delete(lab, ids)));
    }
}
