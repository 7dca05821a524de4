package dev.vpclab.app.desktop;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * Pictures of what a person sees, kept as test output in {@code target/desktop-shots}: the whole X
 * screen as the window manager composes it ({@code import -window root}), which also shows dialogs
 * and their placement, and a JavaFX snapshot of one scene.
 */
final class DesktopShots {
    private DesktopShots() {}

    static Path folder() {
        Path dir = Path.of(System.getProperty("desktop.shots", "target/desktop-shots"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir;
    }

    /** The whole screen, through ImageMagick; a missing tool only loses the picture. */
    static void screen(String name) {
        File out = folder().resolve(name + ".png").toFile();
        try {
            Process p =
                    new ProcessBuilder("import", "-window", "root", out.getPath())
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            System.err.println("no screenshot " + out + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One scene as JavaFX renders it. */
    static void scene(FxRobot robot, Scene scene, String name) {
        File out = folder().resolve(name + ".png").toFile();
        robot.interact(
                () -> {
                    try {
                        ImageIO.write(
                                SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out);
                    } catch (IOException e) {
                        System.err.println("no snapshot " + out + ": " + e.getMessage());
                    }
                });
    }
}
