package corpus.executor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;

/** Negative: an owner of executors registered with it; close() shuts every one of them down. */
public class JobRegistry implements AutoCloseable {

    private final List<ExecutorService> executors = new CopyOnWriteArrayList<>();

    public void register(ExecutorService executor) {
        executors.add(executor);
    }

    @Override
    public void close() {
        for (ExecutorService executor : executors) {
            executor.shutdownNow();
        }
        executors.clear();
    }
}
