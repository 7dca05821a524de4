package dev.vpclab.app.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.Background;
import dev.vpclab.app.DiskLabFiles;
import dev.vpclab.app.VpcLabApp;
import dev.vpclab.model.Flow;
import dev.vpclab.net.Protocol;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The new-flow dialog remembers the last choice for the next new flow of the session. */
@ExtendWith(ApplicationExtension.class)
class FlowPickerUiTest {
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
        prefs.removeNode();
    }

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

    @Test
    void theNextNewFlowStartsFromTheLastOnesChoices(FxRobot robot) throws Exception {
        List<String> sources = FlowPicker.sources(session.viewModel().lab());
        assertThat(sources).hasSizeGreaterThan(1);
        String source = sources.get(sources.size() - 1);
        int before = session.viewModel().lab().flows().size();

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
                10, TimeUnit.SECONDS, () -> session.viewModel().lab().flows().size() == before + 1);
        Flow made = session.viewModel().lab().flows().get(before);
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
}
