package dev.vpclab.edit;

import dev.vpclab.model.Component;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayAttachment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids that live inside a component's record (a transit gateway's route tables, a load
 * balancer's target groups). The lab format wants every id unique across the file, nested ones
 * included, so a pasted copy gets fresh ones, and the references to them inside the pasted set (an
 * attachment's route table, a listener's target group) follow.
 */
final class NestedIds {
    private NestedIds() {}

    /** Fresh ids for the nested objects of the copied components, old id to new id. */
    static Map<String, String> fresh(List<Component> copied, Set<String> taken) {
        Map<String, String> renames = new HashMap<>();
        for (Component c : copied) {
            if (c instanceof TransitGateway t) {
                t.routeTables().forEach(rt -> renames.put(rt.id(), next("tgw-rtb", taken)));
            } else if (c instanceof NetworkLoadBalancer n) {
                n.targetGroups().forEach(tg -> renames.put(tg.id(), next("tg", taken)));
            }
        }
        return renames;
    }

    private static String next(String prefix, Set<String> taken) {
        String id = Ids.fresh(prefix, taken);
        taken.add(id);
        return id;
    }

    /**
     * The pasted component with its nested ids renamed. An attachment's route table follows only
     * when its transit gateway was pasted with it ({@code pastedIds} holds the copied ids): an
     * attachment pasted alone stays on the original gateway's table.
     *
     * @param original the component as copied
     * @param pasted the component with its component references already renamed
     */
    static Component rename(
            Component original,
            Component pasted,
            Map<String, String> nested,
            Set<String> pastedIds) {
        if (pasted instanceof TransitGateway t) {
            return new TransitGateway(
                    t.id(),
                    t.region(),
                    t.routeTables().stream()
                            .map(
                                    rt ->
                                            new TransitGateway.RouteTableEntry(
                                                    nested.getOrDefault(rt.id(), rt.id()),
                                                    rt.associations(),
                                                    rt.routes()))
                            .toList());
        }
        if (pasted instanceof NetworkLoadBalancer n) {
            return new NetworkLoadBalancer(
                    n.id(),
                    n.vpc(),
                    n.scheme(),
                    n.subnets(),
                    n.nodes(),
                    n.crossZone(),
                    n.securityGroups(),
                    n.listeners().stream()
                            .map(
                                    l ->
                                            new NetworkLoadBalancer.Listener(
                                                    l.protocol(),
                                                    l.port(),
                                                    nested.getOrDefault(
                                                            l.targetGroup(), l.targetGroup())))
                            .toList(),
                    n.targetGroups().stream()
                            .map(
                                    tg ->
                                            tg.withTargets(
                                                    nested.getOrDefault(tg.id(), tg.id()),
                                                    tg.targets()))
                            .toList());
        }
        if (pasted instanceof TransitGatewayAttachment a
                && original instanceof TransitGatewayAttachment o
                && pastedIds.contains(o.transitGateway())) {
            return new TransitGatewayAttachment(
                    a.id(),
                    a.transitGateway(),
                    a.vpc(),
                    a.subnets(),
                    nested.getOrDefault(a.routeTable(), a.routeTable()));
        }
        return pasted;
    }
}
