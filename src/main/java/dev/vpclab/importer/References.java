package dev.vpclab.importer;

import dev.vpclab.i18n.Message;
import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.model.Component;
import dev.vpclab.model.Instance;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
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
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
