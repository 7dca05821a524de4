package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayLoadBalancer;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.Lab;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The inspection kinds are dragged from the palette into a subnet, with console defaults. */
class InspectionPaletteUiTest {
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
    void aLoadBalancerItsServiceAndAnEndpointAreDroppedInTheConsolesOrder(FxRobot robot) {
        robot.interact(() -> app.session().document().newLab());
        dragFromPalette(robot, "vpc", screen(new Point(400, 300)));
        dragFromPalette(robot, "subnet", screenOf("vpc-1", 0.3, 0.3));
        dragFromPalette(robot, "gatewayLoadBalancer", screenOf("subnet-1", 0.3, 0.7));
        GatewayLoadBalancer g = lab().component("gwlb-1", GatewayLoadBalancer.class).orElseThrow();
        assertThat(g.nodes()).hasSize(1);
        assertThat(g.nodes().get(0).subnet()).isEqualTo("subnet-1");

        dragFromPalette(robot, "endpointService", screen(new Point(120, 120)));
        EndpointService s = lab().all(EndpointService.class).findFirst().orElseThrow();
        assertThat(s.gatewayLoadBalancers()).containsExactly("gwlb-1");

        dragFromPalette(robot, "gatewayLoadBalancerEndpoint", screenOf("subnet-1", 0.7, 0.7));
        GatewayLoadBalancerEndpoint e =
                lab().all(GatewayLoadBalancerEndpoint.class).findFirst().orElseThrow();
        assertThat(e.subnet()).isEqualTo("subnet-1");
        assertThat(e.service()).isEqualTo(s.id());
        assertThat(e.ip()).isNotEqualTo(g.nodes().get(0).ip());
    }
}
