package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.check.LabChecker;
import dev.vpclab.check.Problem;
import dev.vpclab.edit.Connections;
import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Lab;
import dev.vpclab.net.Protocol;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": from an empty canvas, by dropping components and drawing one line, build
 * "a private subnet reaches S3 through a gateway endpoint", save it, and the saved file passes the
 * check and traces as AWS would.
 */
class BuildS3LabTest {
    @TempDir Path dir;
    private final Preferences prefs =
            Preferences.userRoot().node("dev/vpclab/test/" + UUID.randomUUID());

    @AfterEach
    void forget() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void aPrivateSubnetReachesS3ThroughAGatewayEndpointBuiltByDragAndDrop() {
        EditorViewModel vm =
                new EditorViewModel(
                        Lab.empty("", "us-east-1"),
                        Background.immediate(),
                        new AppText(Locale.ENGLISH));
        LabDocument doc =
                new LabDocument(
                        vm,
                        new DiskLabFiles(),
                        Background.immediate(),
                        prefs,
                        dir.resolve("recovery.yaml"));

        assertThat(vm.drop(ComponentKind.VPC, new Point(500, 400))).isTrue();
        Rect vpc = vm.diagram().box("vpc-1").orElseThrow();
        assertThat(vm.drop(ComponentKind.SUBNET, new Point(vpc.x() + 150, vpc.y() + 110))).isTrue();
        assertThat(
                        vm.drop(
                                ComponentKind.INSTANCE,
                                vm.diagram().box("subnet-1").orElseThrow().center()))
                .isTrue();
        assertThat(
                        vm.drop(
                                ComponentKind.GATEWAY_ENDPOINT,
                                new Point(vpc.maxX() - 80, vpc.y() + 110)))
                .isTrue();
        assertThat(vm.drop(ComponentKind.AWS_SERVICE, new Point(vpc.maxX() + 200, vpc.y())))
                .isTrue();
        assertThat(vm.attempt(Connections.connect(vm.lab(), "vpce-1", "rtb-1"))).isTrue();

        Path file = dir.resolve("s3-lab.yaml");
        doc.saveAs(file, () -> {});
        Lab saved = new DiskLabFiles().read(file).lab().orElseThrow();
        assertThat(LabChecker.check(saved)).filteredOn(Problem::isError).isEmpty();

        Flow flow =
                Flow.of("i-1", "my-bucket.s3.us-east-1.amazonaws.com", Protocol.TCP, 443)
                        .withRequest(
                                new Flow.Request(
                                        "s3:GetObject", "arn:aws:s3:::my-bucket/report.csv"));
        Trace trace = Tracer.trace(saved, flow);
        assertThat(trace.reachable()).isTrue();
        assertThat(trace.pathIds())
                .containsSubsequence("i-1", "sg-1", "acl-1", "rtb-1", "vpce-1", "svc-1");
    }
}
