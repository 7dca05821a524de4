package dev.vpclab.app.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.LabWindow;
import dev.vpclab.model.Flow;
import dev.vpclab.net.Protocol;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The new-flow dialog remembers the last choice for the next new flow of the session. */
class FlowPickerUiTest {
    @RegisterExtension static final LabWindow app = LabWindow.onDefaultLab();

    private void openPicker(FxRobot robot) throws Exception {
        robot.clickOn("#flow-new");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> robot.lookup("#picker-from").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ChoiceBox<Object> choice(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ChoiceBox.class);
    }

    /** The form has room around it: its labels do not touch the dialog's left edge. */
    @Test
    void theFormKeepsItsDistanceFromTheDialogsEdges(FxRobot robot) throws Exception {
        openPicker(robot);
        javafx.scene.Node from = robot.lookup("#picker-from").query();
        javafx.scene.layout.GridPane form = (javafx.scene.layout.GridPane) from.getParent();
        double left = Double.MAX_VALUE;
        double right = 0;
        for (javafx.scene.Node n : form.getChildren()) {
            javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
            if (n.isVisible() && b.getWidth() > 0) {
                left = Math.min(left, b.getMinX());
                right = Math.max(right, b.getMaxX());
            }
        }
        double width = from.getScene().getWidth();
        robot.type(KeyCode.ESCAPE);
        assertThat(left).as("the labels' distance from the left edge").isGreaterThanOrEqualTo(12);
        assertThat(width - right)
                .as("the fields' distance from the right edge")
                .isGreaterThanOrEqualTo(12);
    }

    @Test
    void theNextNewFlowStartsFromTheLastOnesChoices(FxRobot robot) throws Exception {
        List<String> sources = FlowPicker.sources(app.session().viewModel().lab());
        assertThat(sources).hasSizeGreaterThan(1);
        String source = sources.get(sources.size() - 1);
        int before = app.session().viewModel().lab().flows().size();

        openPicker(robot);
        assertThat(choice(robot, "#picker-from").getValue()).isEqualTo(sources.get(0));
        robot.clickOn("#picker-from").clickOn(source);
        robot.clickOn("#picker-to").write("i-app");
        // The first click elsewhere closes the destination's completion list.
        robot.clickOn("#picker-name").clickOn("#picker-name").write("first");
        robot.clickOn("#picker-protocol").clickOn("udp");
        robot.doubleClickOn("#picker-port").eraseText(3).write("53");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> app.session().viewModel().lab().flows().size() == before + 1);
        Flow made = app.session().viewModel().lab().flows().get(before);
        assertThat(made.from()).isEqualTo(source);
        assertThat(made.protocol()).isEqualTo(Protocol.UDP);

        openPicker(robot);
        assertThat(choice(robot, "#picker-from").getValue()).isEqualTo(source);
        assertThat(robot.lookup("#picker-to").queryAs(ComboBox.class).getEditor().getText())
                .isEqualTo("i-app");
        assertThat(choice(robot, "#picker-protocol").getValue()).isEqualTo(Protocol.UDP);
        assertThat(robot.lookup("#picker-port").queryAs(TextField.class).getText()).isEqualTo("53");
        assertThat(robot.lookup("#picker-name").queryAs(TextField.class).getText()).isEmpty();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSourceIsNeverOfferedAsTheDestinationAndTheLabelsClearTheBorder(FxRobot robot)
            throws Exception {
        openPicker(robot);
        ComboBox<String> to = robot.lookup("#picker-to").queryAs(ComboBox.class);
        String source = (String) choice(robot, "#picker-from").getValue();
        assertThat(to.getItems()).isNotEmpty().doesNotContain(source);
        List<String> sources = FlowPicker.sources(app.session().viewModel().lab());
        String other = sources.get(sources.size() - 1);
        robot.clickOn("#picker-from").clickOn(other);
        assertThat(to.getItems()).doesNotContain(other).contains(source);
        // The first label of the form sits inside the dialog, not on its edge.
        javafx.scene.Node label = robot.lookup("Name (optional)").query();
        javafx.geometry.Bounds b = label.localToScene(label.getBoundsInLocal());
        assertThat(b.getMinX()).as("label's left edge in the dialog").isGreaterThanOrEqualTo(8);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDestinationPickedFromTheListSticks(FxRobot robot) throws Exception {
        openPicker(robot);
        ComboBox<String> to = robot.lookup("#picker-to").queryAs(ComboBox.class);
        robot.interact(() -> to.getEditor().clear());
        String wanted = to.getItems().get(to.getItems().size() - 1);
        // As a person does it: open the list with its arrow, click a row.
        robot.clickOn(to.lookup(".arrow-button"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(
                robot.lookup(".combo-box-popup .list-cell")
                        .match(n -> wanted.equals(((javafx.scene.control.ListCell<?>) n).getText()))
                        .<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(to.getEditor().getText()).isEqualTo(wanted);
        // ... and it is still there once the focus moves on.
        robot.clickOn("#picker-name");
        assertThat(to.getEditor().getText()).isEqualTo(wanted);
        robot.type(KeyCode.ESCAPE);
    }
}
