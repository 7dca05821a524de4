package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import dev.vpclab.model.Lab;
import dev.vpclab.model.PrivateHostedZone;
import dev.vpclab.model.ResolverEndpoint;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The DNS kinds are dragged from the palette like every other kind, with console defaults. */
@ExtendWith(ApplicationExtension.class)
class DnsPaletteUiTest {
    @TempDir static Path home;
    private final Preferences prefs =
            Preferences.userRoot().node("dev/vpclab/uitest/" + UUID.randomUUID());
    private VpcLabApp.Session session;

    @Start
    void start(Stage stage) {
        session = VpcLabApp.open(stage, prefs, home, new DiskLabFiles(), Background.immediate());
        stage.show();
    }

    @AfterEach
    void forgetPrefs() throws BackingStoreException {
        FxRobot robot = new FxRobot();
        robot.release(new KeyCode[0]);
        robot.release(new MouseButton[0]);
        MonocleWorkaround.forgetStaleDrag(robot);
        prefs.removeNode();
    }

    private Lab lab() {
        return session.viewModel().lab();
    }

    private Point2D screen(Point p) {
        return session.window().canvas().toScreen(p);
    }

    private Point2D screenOf(String id, double fx, double fy) {
        Rect r = session.viewModel().diagram().box(id).orElseThrow();
        return screen(new Point(r.x() + r.width() * fx, r.y() + r.height() * fy));
    }

    private void dragFromPalette(FxRobot robot, String kind, Point2D to) {
        PaletteReveal.reveal(robot, kind);
        robot.drag("#palette-" + kind, MouseButton.PRIMARY).moveTo(to).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aResolverEndpointDroppedInASubnetGetsTwoAddressesAndAZoneIsAssociatedWithTheVpc(
            FxRobot robot) {
        robot.interact(() -> session.document().newLab());
        dragFromPalette(robot, "vpc", screen(new Point(400, 300)));
        dragFromPalette(robot, "subnet", screenOf("vpc-1", 0.3, 0.3));
        dragFromPalette(robot, "resolverEndpoint", screenOf("subnet-1", 0.5, 0.6));
        ResolverEndpoint e = lab().component("rslvr-in-1", ResolverEndpoint.class).orElseThrow();
        assertThat(e.ipAddresses()).hasSize(2);
        assertThat(e.ipAddresses()).allMatch(a -> a.subnet().equals("subnet-1"));
        assertThat(e.direction()).isEqualTo(ResolverEndpoint.Direction.INBOUND);

        dragFromPalette(robot, "privateHostedZone", screen(new Point(120, 120)));
        PrivateHostedZone z = lab().component("phz-1", PrivateHostedZone.class).orElseThrow();
        assertThat(z.vpcs()).containsExactly("vpc-1");
    }
}
