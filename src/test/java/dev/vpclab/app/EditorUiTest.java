package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.check.Problem;
import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import dev.vpclab.edit.Selection;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, driven headless with real mouse gestures and keys. */
class EditorUiTest {
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

    private void emptyLab(FxRobot robot) {
        robot.interact(() -> app.session().document().newLab());
    }

    private void dragFromPalette(FxRobot robot, String kind, Point2D to) {
        PaletteReveal.reveal(robot, kind); // long kind names wrap: the palette scrolls
        robot.drag("#palette-" + kind, MouseButton.PRIMARY).moveTo(to).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void startsOnTheDefaultLab(FxRobot robot) {
        assertThat(lab().component("vpce-s3")).isPresent();
        assertThat(robot.lookup("#palette-vpc").tryQuery()).isPresent();
        assertThat(((Stage) robot.window(0)).getTitle())
                .isEqualTo("VPC endpoints at a glance — VPC Endpoint Lab");
    }

    @Test
    void dragFromThePaletteAndNestASubnetInTheVpc(FxRobot robot) {
        emptyLab(robot);
        dragFromPalette(robot, "vpc", screen(new Point(400, 300)));
        assertThat(lab().component("vpc-1")).isPresent();
        assertThat(lab().component("rtb-1")).isPresent();

        dragFromPalette(robot, "subnet", screenOf("vpc-1", 0.3, 0.3));
        Subnet s = lab().component("subnet-1", Subnet.class).orElseThrow();
        assertThat(s.vpc()).isEqualTo("vpc-1");
        assertThat(s.cidr()).hasToString("10.0.0.0/24");

        dragFromPalette(robot, "instance", screenOf("subnet-1", 0.5, 0.6));
        assertThat(lab().component("i-1")).isPresent();
        assertThat(
                        app.session()
                                .viewModel()
                                .diagram()
                                .box("subnet-1")
                                .orElseThrow()
                                .contains(
                                        app.session()
                                                .viewModel()
                                                .diagram()
                                                .box("i-1")
                                                .orElseThrow()))
                .isTrue();
    }

    @Test
    void aDropWhereAwsWouldNotAllowItIsRefusedWithTheReasonAtThePointer(FxRobot robot) {
        emptyLab(robot);
        dragFromPalette(robot, "instance", screen(new Point(300, 300)));
        assertThat(lab().components()).isEmpty();
        Label hint = app.session().window().canvas().hintLabel();
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText())
                .isEqualTo("The instance goes inside a subnet: drop it on a subnet.");
    }

    @Test
    void moveWithTheMouseThenUndoAndRedo(FxRobot robot) {
        emptyLab(robot);
        dragFromPalette(robot, "vpc", screen(new Point(400, 300)));
        Rect before = app.session().viewModel().diagram().box("vpc-1").orElseThrow();
        Point2D header = screenOf("vpc-1", 0.5, 0.0).add(0, 10);
        robot.drag(header, MouseButton.PRIMARY).moveBy(60, 20).moveBy(40, 20).drop();
        Rect after = app.session().viewModel().diagram().box("vpc-1").orElseThrow();
        assertThat(after.x()).isEqualTo(before.x() + 104); // 100 px snapped to the 8 px grid
        assertThat(after.y()).isEqualTo(before.y() + 40);
        assertThat(app.session().viewModel().undoTextProperty().get()).isEqualTo("Undo Move VPC");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(app.session().viewModel().diagram().box("vpc-1").orElseThrow())
                .isEqualTo(before);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z)
                .release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(app.session().viewModel().diagram().box("vpc-1").orElseThrow()).isEqualTo(after);
        // Undo the add too: the canvas is empty again.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(lab().components()).isEmpty();
    }

    @Test
    void connectAGatewayEndpointToARouteTableByDragging(FxRobot robot) {
        emptyLab(robot);
        dragFromPalette(robot, "vpc", screen(new Point(400, 300)));
        dragFromPalette(robot, "gatewayEndpoint", screenOf("vpc-1", 0.8, 0.5));
        assertThat(lab().component("vpce-1"))
                .as("status %s", app.session().viewModel().statusProperty().get())
                .isPresent();

        robot.clickOn("#tool-connect");
        robot.drag(screenOf("vpce-1", 0.5, 0.5), MouseButton.PRIMARY)
                .moveTo(screenOf("rtb-1", 0.5, 0.5))
                .drop();
        assertThat(lab().component("vpce-1", GatewayEndpoint.class).orElseThrow().routeTables())
                .containsExactly("rtb-1");
        assertThat(lab().component("rtb-1", RouteTable.class).orElseThrow().routes())
                .map(Object::toString)
                .contains("pl-s3-use1 -> vpce-1");
    }

    @Test
    void editARouteInTheInspectorWithValidationAtTheField(FxRobot robot) {
        emptyLab(robot);
        dragFromPalette(robot, "vpc", screen(new Point(400, 300)));
        dragFromPalette(robot, "internetGateway", screenOf("vpc-1", 0.6, 0.02));
        assertThat(lab().component("igw-1")).isPresent();
        robot.clickOn(screenOf("rtb-1", 0.5, 0.5));
        assertThat(app.session().viewModel().selection().single()).contains("rtb-1");

        robot.clickOn("#routes-1-destination").write("0.0.0.0/33");
        robot.clickOn("#routes-1-target").write("igw-1").type(KeyCode.ENTER);
        Label error = robot.lookup("#table-error-routes").queryAs(Label.class);
        assertThat(error.getText())
                .as(
                        "status %s, routes %s",
                        app.session().viewModel().statusProperty().get(),
                        lab().component("rtb-1", RouteTable.class).orElseThrow().routes())
                .contains("33");
        assertThat(lab().component("rtb-1", RouteTable.class).orElseThrow().routes()).hasSize(1);

        robot.clickOn("#routes-1-destination")
                .type(KeyCode.END)
                .eraseText(20)
                .write("0.0.0.0/0")
                .type(KeyCode.ENTER);
        assertThat(lab().component("rtb-1", RouteTable.class).orElseThrow().routes())
                .map(Object::toString)
                .containsExactly("10.0.0.0/16 -> local", "0.0.0.0/0 -> igw-1");
    }

    @Test
    void saveAndReopen(FxRobot robot) {
        emptyLab(robot);
        dragFromPalette(robot, "vpc", screen(new Point(400, 300)));
        Path file = app.home().resolve("saved.yaml");
        robot.interact(() -> app.session().document().saveAs(file, () -> {}));
        assertThat(app.session().viewModel().isDirty()).isFalse();
        assertThat(((Stage) robot.window(0)).getTitle()).doesNotContain("*");
        Lab saved = lab();

        robot.interact(() -> app.session().document().newLab());
        assertThat(lab().components()).isEmpty();
        robot.interact(() -> app.session().window().openFile(file));
        assertThat(lab()).isEqualTo(saved);
    }

    @Test
    void openingABrokenFileShowsWhereAndKeepsTheLab(FxRobot robot) throws Exception {
        Lab before = lab();
        Path broken = app.home().resolve("broken-by-hand.yaml");
        Files.writeString(
                broken, "format: vpclab/1\ncomponents:\n- kind: vpc\n  id: vpc-x\n  cidr: [oops\n");
        robot.interact(() -> app.session().window().openFile(broken));
        WaitForAsyncUtils.waitForFxEvents();
        TextArea details = robot.lookup("#broken-problems").queryAs(TextArea.class);
        assertThat(details.getText()).contains("line");
        assertThat(lab()).isSameAs(before);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void theInspectorLabelsFieldsInConsoleWordsWithTheKeyAsTooltip(FxRobot robot) {
        robot.clickOn(screenOf("subnet-app", 0.05, 0.1));
        javafx.scene.control.Label cidr =
                robot.lookup("#label-cidr").queryAs(javafx.scene.control.Label.class);
        assertThat(cidr.getText()).isEqualTo("IPv4 CIDR");
        assertThat(cidr.getTooltip().getText()).isEqualTo("cidr");
        assertThat(robot.lookup("#label-vpc").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("VPC");
    }

    @Test
    void aValueThatWouldBreakTheLabIsRefusedAtTheFieldAndNotApplied(FxRobot robot) {
        robot.clickOn(screenOf("subnet-app", 0.05, 0.1));
        assertThat(app.session().viewModel().selection().single()).contains("subnet-app");
        Lab before = lab();
        robot.clickOn("#field-cidr")
                .type(KeyCode.END)
                .eraseText(20)
                .write("10.9.0.0/24")
                .type(KeyCode.ENTER);
        Label cidrError = robot.lookup("#error-cidr").queryAs(Label.class);
        assertThat(cidrError.isVisible()).isTrue();
        assertThat(cidrError.getText()).contains("10.9.0.0/24", "vpc-consumer");
        assertThat(lab()).isEqualTo(before);

        // A reference typed by hand must name a component of the right kind.
        robot.clickOn("#field-routeTable")
                .type(KeyCode.END)
                .eraseText(30)
                .write("sg-app")
                .type(KeyCode.ENTER);
        Label tableError = robot.lookup("#error-routeTable").queryAs(Label.class);
        assertThat(tableError.isVisible()).isTrue();
        assertThat(tableError.getText()).contains("sg-app", "securityGroup");
        assertThat(lab().component("subnet-app", Subnet.class).orElseThrow().routeTable())
                .isEqualTo(before.component("subnet-app", Subnet.class).orElseThrow().routeTable());
        assertThat(lab()).isEqualTo(before);
    }

    @Test
    void aProblemOfAnOpenedFileIsClickedToSelectTheComponentAndField(FxRobot robot)
            throws Exception {
        Path file = app.home().resolve("subnet-outside.yaml");
        Files.writeString(
                file,
                Files.readString(Path.of("assets/labs/default.yaml"))
                        .replaceFirst("cidr: 10\\.0\\.1\\.0/24", "cidr: 10.9.0.0/24"));
        robot.interact(() -> app.session().window().openFile(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.session().viewModel().problems())
                .extracting(Problem::code)
                .contains("SUBNET_OUTSIDE_VPC");
        assertThat(app.session().viewModel().problemMarkersProperty().get()).containsValue(true);

        robot.interact(() -> app.session().viewModel().select(Selection.empty()));
        ListView<?> list = robot.lookup("#problems").queryAs(ListView.class);
        Node cell = robot.lookup("#problems .list-cell").nth(1).query();
        robot.clickOn(cell);
        Problem clicked = (Problem) list.getSelectionModel().getSelectedItem();
        assertThat(app.session().viewModel().selection().single()).isEqualTo(clicked.component());
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = robot.window(0).getScene().getFocusOwner();
        assertThat(focused.getId()).isEqualTo("field-" + clicked.field().orElseThrow());
    }

    @Test
    void theLanguageCanBeSwitchedToKoreanAndIsRemembered(FxRobot robot) {
        robot.clickOn("#menu-view").clickOn("#menu-language").clickOn("#language-ko");
        assertThat(robot.lookup("#palette-subnet").queryAs(Label.class).getText()).isEqualTo("서브넷");
        assertThat(app.prefs().get("language", "")).isEqualTo("ko");
        assertThat(((Stage) robot.window(0)).getTitle()).endsWith("VPC 엔드포인트 랩");
        robot.clickOn("#menu-view").clickOn("#menu-language").clickOn("#language-en");
        assertThat(robot.lookup("#palette-subnet").queryAs(Label.class).getText())
                .isEqualTo("Subnet");
    }
}
