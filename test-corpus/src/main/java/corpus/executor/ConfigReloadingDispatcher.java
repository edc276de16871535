package corpus.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: reload() keeps the old pool in a local, swaps in the new one, then shuts the old one down. */
public class ConfigReloadingDispatcher implements AutoCloseable {

    private volatile ExecutorService handlers = Executors.newFixedThreadPool(2);

    public void dispatch(Runnable request) {
        handlers.execute(request);
    }

    public void reload(int handlerThreads) {
        ExecutorService previous = handlers;
        handlers = Executors.newFixedThreadPool(handlerThreads);
        previous.shutdown();
    }

    @Override
    public void close() {
        handlers.shutdown();
    }
}
