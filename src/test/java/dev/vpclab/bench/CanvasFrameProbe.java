package dev.vpclab.bench;

import dev.vpclab.app.Background;
import dev.vpclab.app.DiskLabFiles;
import dev.vpclab.app.EditorViewModel;
import dev.vpclab.app.VpcLabApp;
import dev.vpclab.edit.AutoLayout;
import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.LayoutEdits;
import dev.vpclab.edit.Rect;
import dev.vpclab.generate.LabGenerator;
import dev.vpclab.model.Lab;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.EventType;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

/**
 * Measures frames while a component is dragged on the real canvas, with the software renderer: each
 * animation pulse moves an instance one pixel (a preview, as a mouse drag does) and the time
 * between pulses is recorded. Run headless with Monocle (see the README):
 *
 * <pre>java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *   -cp ... dev.vpclab.bench.CanvasFrameProbe 1000</pre>
 */
public final class CanvasFrameProbe {
    private CanvasFrameProbe() {}

    private static MouseEvent mouse(EventType<MouseEvent> type, double x, double y) {
        return new MouseEvent(
                type,
                x,
                y,
                x,
                y,
                MouseButton.PRIMARY,
                1,
                false,
                false,
                false,
                false,
                true,
                false,
                false,
                false,
                false,
                false,
                null);
    }

    public static void main(String[] args) throws Exception {
        int components = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        boolean fit = args.length > 1 && args[1].equals("fit");
        int frames = 300;
        Lab generated = LabGenerator.generate(components, 42);
        long t0 = System.nanoTime();
        Lab lab = generated.withLayout(AutoLayout.layout(generated));
        double layoutMs = (System.nanoTime() - t0) / 1e6;
        long[] intervals = new long[frames];
        long[] paints = new long[frames];
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(
                () -> {
                    Stage stage = new Stage();
                    try {
                        VpcLabApp.Session s =
                                VpcLabApp.open(
                                        stage,
                                        Preferences.userRoot().node("dev/vpclab/probe"),
                                        Files.createTempDirectory("vpclab-probe"),
                                        new DiskLabFiles(),
                                        Background.immediate());
                        stage.show();
                        EditorViewModel vm = s.viewModel();
                        long open = System.nanoTime();
                        vm.reset(lab);
                        s.window().canvas().repaint();
                        System.out.printf(
                                "open: auto layout %.1f ms, show %.1f ms%n",
                                layoutMs, (System.nanoTime() - open) / 1e6);
                        Diagram d = vm.diagram();
                        String dragged =
                                d.visibleIn(new Rect(0, 0, 900, 600)).stream()
                                        .filter(id -> id.startsWith("i-"))
                                        .findFirst()
                                        .orElseThrow();
                        new AnimationTimer() {
                            int i = -30; // warm-up frames
                            long last;

                            @Override
                            public void handle(long now) {
                                long p = System.nanoTime();
                                vm.preview(
                                        LayoutEdits.preview(
                                                lab, Set.of(dragged), (i + 30) % 40, 0));
                                long painted = System.nanoTime() - p;
                                if (i >= 0 && i < frames) {
                                    intervals[i] = now - last;
                                    paints[i] = painted;
                                }
                                last = now;
                                if (++i >= frames) {
                                    stop();
                                    done.countDown();
                                }
                            }
                        }.start();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        done.await();
        Arrays.sort(intervals);
        Arrays.sort(paints);
        System.out.printf(
                (fit ? "fit to window, " : "100 %%, ")
                        + "%d components, %d frames: pulse interval median %.1f ms, p95 %.1f ms; "
                        + "drag handler (preview + canvas commands) median %.2f ms, p95 %.2f ms%n",
                components,
                frames,
                intervals[frames / 2] / 1e6,
                intervals[frames * 95 / 100] / 1e6,
                paints[frames / 2] / 1e6,
                paints[frames * 95 / 100] / 1e6);
        Platform.exit();
    }
}
