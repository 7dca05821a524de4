package dev.vpclab.app.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.AppText;
import dev.vpclab.app.Background;
import dev.vpclab.generate.LabGenerator;
import dev.vpclab.model.Lab;
import dev.vpclab.net.Protocol;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The view-model computes in the background with progress, and Cancel stops it. */
class ReachViewModelTest {
    /** The worker hands results over under this lock; the test reads under it too. */
    private static final Object LOCK = new Object();

    /** Work on a thread of its own, results handed back on that thread (no UI thread here). */
    private static final class Threaded implements Background {
        @Override
        public <T> void run(Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            Thread t =
                    new Thread(
                            () -> {
                                T result;
                                try {
                                    result = work.get();
                                } catch (RuntimeException e) {
                                    synchronized (LOCK) {
                                        failed.accept(e);
                                    }
                                    return;
                                }
                                synchronized (LOCK) {
                                    done.accept(result);
                                }
                            });
            t.setDaemon(true);
            t.start();
        }
    }

    private static void waitUntil(Supplier<Boolean> condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!holds(condition)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(5);
        }
    }

    private static boolean holds(Supplier<Boolean> condition) {
        synchronized (LOCK) {
            return condition.get();
        }
    }

    @Test
    void cancelStopsTheComputationAndComputingAgainFinishes() throws Exception {
        Lab lab = LabGenerator.generate(600, 11);
        ReachViewModel vm =
                new ReachViewModel(
                        () -> lab, new Threaded(), Runnable::run, new AppText(Locale.ENGLISH));
        vm.compute();
        assertThat(vm.runningProperty().get()).isTrue();
        waitUntil(() -> vm.progressProperty().get() > 0);
        assertThat(vm.statusProperty().get()).startsWith("Tracing every source");
        vm.cancel();
        waitUntil(() -> !vm.runningProperty().get());
        assertThat(vm.state()).isEqualTo(ReachViewModel.State.CANCELLED);
        assertThat(vm.result()).isEmpty();
        assertThat(vm.statusProperty().get()).startsWith("Cancelled");

        vm.protocolProperty().set(Protocol.UDP);
        vm.portProperty().set(53);
        vm.compute();
        waitUntil(() -> vm.state() == ReachViewModel.State.DONE);
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.result().orElseThrow().table().port()).isEqualTo(53);
        assertThat(vm.result().orElseThrow().diff()).isEmpty(); // nothing before to compare
        assertThat(vm.rows().orElseThrow().size())
                .isEqualTo(vm.result().orElseThrow().table().sources().size());
    }

    @Test
    void aNewerComputationWinsOverAnOlderOneStillRunning() throws Exception {
        Lab lab = LabGenerator.generate(600, 11);
        ReachViewModel vm =
                new ReachViewModel(
                        () -> lab, new Threaded(), Runnable::run, new AppText(Locale.ENGLISH));
        vm.compute();
        vm.portProperty().set(22);
        vm.compute();
        waitUntil(() -> vm.state() == ReachViewModel.State.DONE);
        Thread.sleep(200); // the older one, cancelled, must not replace the newer result
        assertThat(vm.result().orElseThrow().table().port()).isEqualTo(22);
        assertThat(vm.state()).isEqualTo(ReachViewModel.State.DONE);
    }

    @Test
    void koreanWordsForACell() throws Exception {
        Lab lab =
                dev.vpclab.format.LabReader.read(java.nio.file.Path.of("assets/labs/default.yaml"))
                        .lab()
                        .orElseThrow();
        ReachViewModel vm =
                new ReachViewModel(
                        () -> lab,
                        Background.immediate(),
                        Runnable::run,
                        new AppText(Locale.KOREAN));
        vm.compute();
        int r = vm.rows().orElseThrow().slotOf(vm.rows().get().axis().members().indexOf("i-app"));
        int c =
                vm.columns()
                        .orElseThrow()
                        .slotOf(vm.columns().get().axis().members().indexOf("i-target"));
        String words = String.join("\n", vm.describe(r, c));
        assertThat(words).contains("차단됨", "rt-app", "요청 구간").doesNotContain("Stopped", "Fix");
        assertThat(vm.statusProperty().get()).contains("출발지 2개");
    }
}
