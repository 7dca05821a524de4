package dev.vpclab.importer;

import dev.vpclab.edit.Deletion;
import dev.vpclab.i18n.Message;
import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.model.Component;
import dev.vpclab.model.KindDescriptor;
import dev.vpclab.model.Reference;
import dev.vpclab.model.ReferenceField;
import dev.vpclab.model.ReferenceField.OnDelete;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Drops what points at a resource the export did not contain, reporting each, so that the lab
 * loads: a component that cannot exist without it (an instance in a subnet that was not exported)
 * goes, and a route, rule or member naming it is left out. Which is which is each kind's {@link
 * KindDescriptor}, the same the editor's delete follows.
 */
final class References {
    private final ImportReport.Builder report;

    References(ImportReport.Builder report) {
        this.report = report;
    }

    List<Component> dropDangling(List<Component> in) {
        List<Component> kept = new ArrayList<>(in);
        // What needs a missing component goes, then what needed that, and so on.
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            Set<String> ids = AwsDescribeImporter.ids(kept);
            for (Iterator<Component> it = kept.iterator(); it.hasNext(); ) {
                Component c = it.next();
                Optional<Reference> missing =
                        missing(c, ids).stream()
                                .filter(r -> r.field().onDelete() == OnDelete.CASCADE)
                                .findFirst();
                if (missing.isPresent()) {
                    report.add(
                            Outcome.IGNORED,
                            "",
                            c.id(),
                            Message.of("import.ignored.missing", c.id(), missing.get().target()));
                    it.remove();
                    dropped = true;
                }
            }
        }
        Set<String> ids = AwsDescribeImporter.ids(kept);
        List<Component> out = new ArrayList<>();
        for (Component c : kept) {
            Set<String> gone = new LinkedHashSet<>();
            for (Reference r : missing(c, ids)) {
                if (r.field().onDelete() == OnDelete.DROP) {
                    gone.add(r.target());
                    report.add(
                            Outcome.IGNORED,
                            "",
                            c.id(),
                            Message.of(
                                    "import.ignored.missingReference",
                                    c.id(),
                                    r.path(),
                                    r.target()));
                }
            }
            out.add(gone.isEmpty() ? c : Deletion.dropReferences(c, gone));
        }
        return out;
    }

    // The references the checker would find dangling: required ones naming nothing exported.
    private static List<Reference> missing(Component c, Set<String> ids) {
        return KindDescriptor.referencesOf(c).stream()
                .filter(
                        r ->
                                r.field().check() == ReferenceField.Check.REQUIRED
                                        || (r.field().check() == ReferenceField.Check.WHEN_ID
                                                && ReferenceField.writtenAsId(r.target())))
                .filter(r -> !ids.contains(r.target()))
                .toList();
    }
}
