package dev.vpclab.app.walk;

import dev.vpclab.edit.LabEdit;
import dev.vpclab.edit.RuleEdits;
import dev.vpclab.format.LabReader;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import java.nio.file.Path;
import java.util.List;

/** The shipped default lab, and the edit that breaks its S3 flow. */
final class DefaultLab {
    private DefaultLab() {}

    static Lab lab() {
        return LabReader.read(Path.of("assets/labs/default.yaml")).lab().orElseThrow();
    }

    /** Deletes the route to the S3 prefix list from rt-app: the S3 flow has no way out. */
    static LabEdit deleteS3Route(Lab lab) {
        List<Route> routes = lab.component("rt-app", RouteTable.class).orElseThrow().routes();
        for (int i = 0; i < routes.size(); i++) {
            if (routes.get(i).toString().contains("pl-s3")) {
                return RuleEdits.removeRoute(lab, "rt-app", i).allowedEdit().orElseThrow();
            }
        }
        throw new AssertionError("no S3 route in rt-app: " + routes);
    }
}
