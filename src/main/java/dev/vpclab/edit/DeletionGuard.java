package dev.vpclab.edit;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.KindDescriptor;
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
            Optional<Message> refused =
                    switch (KindDescriptor.of(c.get()).deleteRule()) {
                        case ALLOWED -> Optional.empty();
                        case NOT_THE_MAIN_ROUTE_TABLE ->
                                mainRouteTable(lab, ids, (RouteTable) c.get());
                        case NOT_THE_DEFAULT_ACL -> defaultAcl(ids, (NetworkAcl) c.get());
                    };
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    private static Optional<Message> mainRouteTable(Lab lab, Set<String> ids, RouteTable rt) {
        boolean main =
                Defaults.mainRouteTableOf(lab, rt.vpc())
                        .map(m -> m.id().equals(rt.id()))
                        .orElse(false);
        return main && !ids.contains(rt.vpc())
                ? Optional.of(Message.of("edit.delete.refused.mainRouteTable", rt.id(), rt.vpc()))
                : Optional.empty();
    }

    private static Optional<Message> defaultAcl(Set<String> ids, NetworkAcl acl) {
        return acl.isDefault() && !ids.contains(acl.vpc())
                ? Optional.of(Message.of("edit.delete.refused.defaultNacl", acl.id(), acl.vpc()))
                : Optional.empty();
    }

    /** The delete as an attempt: refused with the reason, or the {@link Deletion} edit. */
    public static EditAttempt attempt(Lab lab, Set<String> ids) {
        return refusal(lab, ids)
                .<EditAttempt>map(EditAttempt.Refused::new)
                .orElseGet(
                        () -> EditGuard.guard(lab, EditAttempt.allowed(Deletion.delete(lab, ids))));
    }
}
