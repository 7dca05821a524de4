package dev.vpclab.app;

import dev.vpclab.edit.Selection;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Writes a picture of the window on the default lab, for the README:
 *
 * <pre>java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *   -cp ... dev.vpclab.app.ScreenshotTool docs/screenshot.png [ko] [dark]</pre>
 */
public final class ScreenshotTool {
    private ScreenshotTool() {}

    public static void main(String[] args) throws Exception {
        File out = new File(args.length > 0 ? args[0] : "docs/screenshot.png");
        boolean korean = Arrays.asList(args).contains("ko");
        boolean dark = Arrays.asList(args).contains("dark");
        Preferences prefs = Preferences.userRoot().node("dev/vpclab/screenshot");
        prefs.put("language", korean ? "ko" : "en");
        prefs.putBoolean("dark", dark);
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(
                () -> {
                    try {
                        Stage stage = new Stage();
                        VpcLabApp.Session s =
                                VpcLabApp.open(
                                        stage,
                                        prefs,
                                        Files.createTempDirectory("vpclab-shot"),
                                        new DiskLabFiles(),
                                        new FxBackground());
                        stage.setWidth(1600);
                        stage.setHeight(1000);
                        stage.show();
                        s.viewModel().select(Selection.of("rt-app"));
                        s.viewModel().setStatus(s.viewModel().text().get("app.about"));
                        PauseTransition wait = new PauseTransition(Duration.millis(800));
                        wait.setOnFinished(
                                e -> {
                                    s.window().canvas().zoomToFit();
                                    PauseTransition again =
                                            new PauseTransition(Duration.millis(500));
                                    again.setOnFinished(
                                            e2 -> {
                                                try {
                                                    out.getAbsoluteFile().getParentFile().mkdirs();
                                                    ImageIO.write(
                                                            SwingFXUtils.fromFXImage(
                                                                    stage.getScene().snapshot(null),
                                                                    null),
                                                            "png",
                                                            out);
                                                } catch (IOException ex) {
                                                    ex.printStackTrace();
                                                }
                                                done.countDown();
                                            });
                                    again.play();
                                });
                        wait.play();
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                });
        done.await();
        prefs.removeNode();
        Platform.exit();
        System.out.println("wrote " + out + (korean ? " (Korean)" : "") + (dark ? " (dark)" : ""));
    }
}
