package dev.vpclab.app;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work off the UI thread and hands the result back on it. The app uses JavaFX tasks on a
 * worker thread; view-model tests run the work at once.
 */
public interface Background {

    /**
     * Runs {@code work} in the background, then {@code done} (or {@code failed}) on the UI thread.
     */
    <T> void run(Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs everything at once on the calling thread (tests). */
    static Background immediate() {
        return new Background() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            }
        };
    }
}
