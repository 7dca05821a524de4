package dev.vpclab.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;

/** Background work on a daemon worker thread with {@link Task}, results on the FX thread. */
public final class FxBackground implements Background {
    private final ExecutorService executor =
            Executors.newFixedThreadPool(
                    2,
                    r -> {
                        Thread t = new Thread(r, "vpclab-worker");
                        t.setDaemon(true);
                        return t;
                    });

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task =
                new Task<>() {
                    @Override
                    protected T call() {
                        return work.get();
                    }
                };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        executor.execute(task);
    }
}
