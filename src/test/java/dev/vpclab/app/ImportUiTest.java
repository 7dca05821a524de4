package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File &gt; Import's action (what a drop on the window runs): a CloudFormation template becomes a
 * new, unsaved lab on the canvas and the report window lists what was read, ignored and assumed;
 * Esc closes it. A broken file says why and leaves the lab as it was.
 */
class ImportUiTest {
    @RegisterExtension static final LabWindow app = LabWindow.onDefaultLab();

    private Optional<Window> other() {
        return Window.getWindows().stream()
                .filter(w -> w != app.stage() && w.isShowing() && w instanceof Stage)
                .findFirst();
    }

    @Test
    void aDroppedTemplateOpensAsANewUnsavedLabAndTheReportListsWhatWasRead(FxRobot robot)
            throws Exception {
        Path template = Path.of("src/test/resources/import/cloudformation/transit.yaml");
        robot.interact(() -> app.session().window().dropped(template));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> other().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.session().viewModel().lab().component("SpokeHost")).isPresent();
        assertThat(app.session().viewModel().isDirty()).isTrue();
        assertThat(app.session().document().file()).isEmpty();
        assertThat(app.stage().getTitle()).startsWith("transit.yaml *");
        assertThat(app.session().viewModel().statusProperty().get())
                .startsWith("Imported transit.yaml");

        Window report = other().orElseThrow();
        Label summary = (Label) report.getScene().lookup("#import-report-summary");
        assertThat(summary.getText())
                .matches("transit\\.yaml: \\d+ read, \\d+ ignored, \\d+ assumed\\..*");
        @SuppressWarnings("unchecked")
        ListView<String> list = (ListView<String>) report.getScene().lookup("#import-report-list");
        List<String> lines = list.getItems();
        assertThat(lines)
                .anyMatch(l -> l.startsWith("READ  transit.yaml $.Resources.HubVpc.Properties"))
                .anyMatch(
                        l ->
                                l.startsWith("IGNORED  transit.yaml $.Resources.Logs")
                                        && l.contains("AWS::Logs::LogGroup"))
                .anyMatch(l -> l.startsWith("ASSUMED  transit.yaml $.Resources.HubNat.Properties"));

        robot.clickOn("#import-report-list");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !report.isShowing());
    }

    @Test
    void aBrokenStateSaysWhyAndTheCurrentLabStaysAsItWas(FxRobot robot) throws Exception {
        Path broken = app.home().resolve("state.json");
        Files.writeString(
                broken,
                "{\"format_version\": \"1.0\", \"values\": {\"root_module\": {\"resources\": [");
        var before = app.session().viewModel().lab();
        robot.interact(() -> app.session().window().dropped(broken));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> other().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Window alert = other().orElseThrow();
        String shown =
                alert.getScene().getRoot().lookupAll(".label").stream()
                        .filter(Label.class::isInstance)
                        .map(n -> ((Label) n).getText())
                        .reduce("", (a, b) -> a + "\n" + b);
        assertThat(shown)
                .contains("state.json could not be imported. The current lab is unchanged.")
                .contains("state.json:1:");
        assertThat(app.session().viewModel().lab()).isSameAs(before);
        assertThat(app.session().viewModel().statusProperty().get())
                .isEqualTo("Import of state.json failed; the current lab is unchanged.");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !alert.isShowing());
    }
}
