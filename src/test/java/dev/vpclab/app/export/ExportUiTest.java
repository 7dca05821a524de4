package dev.vpclab.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.LabWindow;
import dev.vpclab.edit.Selection;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export and Edit > Copy as Image in the real window. */
class ExportUiTest {
    @RegisterExtension static final LabWindow app = LabWindow.onDefaultLab();

    @TempDir Path out;

    @SuppressWarnings("unchecked")
    private void export(FxRobot robot, String format, Path target) throws Exception {
        robot.clickOn("File").clickOn("#menu-export");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Object> formats = robot.lookup("#export-format").queryAs(ComboBox.class);
        robot.clickOn(formats).clickOn(format);
        robot.doubleClickOn("#export-file")
                .press(KeyCode.CONTROL)
                .type(KeyCode.A)
                .release(KeyCode.CONTROL)
                .write(target.toString());
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () ->
                        robot.lookup("#export-status")
                                .queryAs(Label.class)
                                .getText()
                                .startsWith("Exported"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportTheDefaultLabAsSvgAndPngThroughTheDialog(FxRobot robot) throws Exception {
        Path svg = out.resolve("default.svg");
        export(robot, "SVG", svg);
        assertThat(
                        DocumentBuilderFactory.newInstance()
                                .newDocumentBuilder()
                                .parse(svg.toFile())
                                .getDocumentElement()
                                .getTagName())
                .isEqualTo("svg");
        assertThat(Files.readString(svg)).contains("vpce-s3");
        // The preview shows the picture.
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#export-preview").queryAs(ImageView.class).getImage() != null);
        robot.interact(() -> ExportMenu.lastDialog().orElseThrow().stage().close());

        Path png = out.resolve("default.png");
        export(robot, "PNG", png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(400);
        // The dialog remembers the last choice.
        assertThat(app.prefs().get("export.format", "")).isEqualTo("png");
    }

    @Test
    void aLearnersCopyHidesTheAnswersOfAScenario(FxRobot robot) throws Exception {
        robot.interact(
                () ->
                        app.session()
                                .document()
                                .open(
                                        Path.of(
                                                "src/test/resources/scenarios/nacl-deny-outbound-443-fails.yaml"),
                                        () -> {},
                                        problems -> {}));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> app.session().viewModel().lab().component("acl-private").isPresent());
        Path copy = out.resolve("learner.yaml");
        robot.interact(() -> ExportMenu.writeLearnerCopy(app.session().window(), copy));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(copy));
        String text = Files.readString(copy);
        assertThat(text).contains("acl-private").doesNotContain("expect:");
    }

    @Test
    void copyTheSelectionAsAnImage(FxRobot robot) throws Exception {
        robot.interact(() -> app.session().viewModel().select(Selection.of("vpce-s3")));
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn("Edit").clickOn("#menu-copy-image");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> {
                    boolean[] has = new boolean[1];
                    robot.interact(() -> has[0] = Clipboard.getSystemClipboard().hasImage());
                    return has[0];
                });
        robot.interact(
                () ->
                        assertThat(Clipboard.getSystemClipboard().getImage().getWidth())
                                .isGreaterThan(10));
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportStartsOnTheFlowSelectedInTheMainWindow(FxRobot robot) {
        // The second saved flow is on screen: Export draws its trace unless told otherwise.
        robot.interact(() -> app.session().window().walk().flows().select(1));
        robot.clickOn("File").clickOn("#menu-export");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Integer> flow = robot.lookup("#export-flow").queryAs(ComboBox.class);
        assertThat(flow.getValue()).isEqualTo(1);
        assertThat(ExportMenu.lastDialog().orElseThrow().viewModel().flowProperty().get())
                .isEqualTo(1);
        robot.interact(() -> ExportMenu.lastDialog().orElseThrow().stage().close());
    }
}
