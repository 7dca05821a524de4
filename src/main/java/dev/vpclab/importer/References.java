package dev.vpclab.importer;

import dev.vpclab.i18n.Message;
import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.model.Component;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.VpnConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops what points at a resource the export did not contain (a route to a network interface, an
 * instance in a subnet that was not exported), reporting each, so that the lab loads.
 */
final class References {
    private final ImportReport.Builder report;

    References(ImportReport.Builder report) {
        this.report = report;
    }

    /** The ids of a list the lab holds; each other one is reported. */
    private List<String> present(String owner, List<String> refs, Set<String> ids) {
        List<String> kept = new ArrayList<>();
        for (String r : refs) {
            if (ids.contains(r)) {
                kept.add(r);
            } else {
                report.add(
                        Outcome.IGNORED, "", owner, Message.of("import.ignored.missing", owner, r));
            }
        }
        return kept;
    }

    private NetworkLoadBalancer withPresentTargets(NetworkLoadBalancer n, Set<String> ids) {
        List<NetworkLoadBalancer.TargetGroup> groups = new ArrayList<>();
        for (NetworkLoadBalancer.TargetGroup g : n.targetGroups()) {
            List<NetworkLoadBalancer.Target> targets = new ArrayList<>();
            for (NetworkLoadBalancer.Target t : g.targets()) {
                if (ids.contains(t.id())) {
                    targets.add(t);
                } else {
                    report.add(
                            Outcome.IGNORED,
                            "",
                            g.id(),
                            Message.of("import.ignored.missing", g.id(), t.id()));
                }
            }
            groups.add(
                    new NetworkLoadBalancer.TargetGroup(g.id(), g.protocol(), g.port(), targets));
        }
        return new NetworkLoadBalancer(
                n.id(),
                n.vpc(),
                n.scheme(),
                n.subnets(),
                n.nodes(),
                n.crossZone(),
                present(n.id(), n.securityGroups(), ids),
                n.listeners(),
                groups);
    }

    private TransitGateway withPresentTargets(TransitGateway g, Set<String> ids) {
        List<TransitGateway.RouteTableEntry> tables = new ArrayList<>();
        for (TransitGateway.RouteTableEntry t : g.routeTables()) {
            List<Route> routes = new ArrayList<>();
            for (Route r : t.routes()) {
                if (r.target().equals("blackhole") || ids.contains(r.target())) {
                    routes.add(r);
                } else {
                    report.add(
                            Outcome.IGNORED,
                            "",
                            t.id(),
                            Message.of("import.ignored.missingTarget", t.id(), r));
                }
            }
            tables.add(
                    new TransitGateway.RouteTableEntry(
                            t.id(), present(t.id(), t.associations(), ids), routes));
        }
        return new TransitGateway(g.id(), g.region(), tables);
    }

    List<Component> dropDangling(List<Component> in) {
        Set<String> ids = AwsDescribeImporter.ids(in);
        List<Component> out = new ArrayList<>();
        for (Component c : in) {
            if (c instanceof RouteTable t) {
                List<Route> kept = new ArrayList<>();
                for (Route r : t.routes()) {
                    if (r.isLocal() || ids.contains(r.target())) {
                        kept.add(r);
                    } else {
                        report.add(
                                Outcome.IGNORED,
                                "",
                                t.id(),
                                Message.of("import.ignored.missingTarget", t.id(), r));
                    }
                }
                List<String> vgws = t.propagatingVgws().stream().filter(ids::contains).toList();
                out.add(new RouteTable(t.id(), t.vpc(), kept, vgws));
            } else if (c instanceof Subnet s && !ids.contains(s.vpc())) {
                report.add(
                        Outcome.IGNORED,
                        "",
                        s.id(),
                        Message.of("import.ignored.missing", s.id(), s.vpc()));
            } else if (c instanceof Instance i && !ids.contains(i.subnet())) {
                report.add(
                        Outcome.IGNORED,
                        "",
                        i.id(),
                        Message.of("import.ignored.missing", i.id(), i.subnet()));
            } else if (c instanceof InterfaceEndpoint e) {
                if (e.service().startsWith("vpce-svc-") && !ids.contains(e.service())) {
                    report.add(
                            Outcome.IGNORED,
                            "",
                            e.id(),
                            Message.of("import.ignored.missing", e.id(), e.service()));
                } else {
                    out.add(e.withSecurityGroups(present(e.id(), e.securityGroups(), ids)));
                }
            } else if (c instanceof VpnConnection v && !ids.contains(v.vpnGateway())) {
                report.add(
                        Outcome.IGNORED,
                        "",
                        v.id(),
                        Message.of("import.ignored.missing", v.id(), v.vpnGateway()));
            } else if (c instanceof TransitGatewayAttachment a
                    && !(ids.contains(a.vpc()) && ids.contains(a.transitGateway()))) {
                report.add(
                        Outcome.IGNORED,
                        "",
                        a.id(),
                        Message.of("import.ignored.missing", a.id(), a.vpc()));
            } else if (c instanceof TransitGateway g) {
                out.add(withPresentTargets(g, ids));
            } else if (c instanceof NetworkLoadBalancer n) {
                out.add(withPresentTargets(n, ids));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
