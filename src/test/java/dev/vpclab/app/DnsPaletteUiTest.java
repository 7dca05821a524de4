package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import dev.vpclab.model.Lab;
import dev.vpclab.model.PrivateHostedZone;
import dev.vpclab.model.ResolverEndpoint;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The DNS kinds are dragged from the palette like every other kind, with console defaults. */
class DnsPaletteUiTest {
    @RegisterExtension
    static final LabWindow app = LabWindow.onDefaultLab().releasingInputAfterEach();

    private Lab lab() {
        return app.session().viewModel().lab();
    }

    private Point2D screen(Point p) {
        return app.session().window().canvas().toScreen(p);
    }

    private Point2D screenOf(String id, double fx, double fy) {
        Rect r = app.session().viewModel().diagram().box(id).orElseThrow();
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
        robot.interact(() -> app.session().document().newLab());
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
