package corpus.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: each single-thread stripe goes straight into an array element, and close() shuts every stripe down. */
public class StripedExecutor implements AutoCloseable {

    private final ExecutorService[] stripes;

    public StripedExecutor(int stripeCount) {
        stripes = new ExecutorService[stripeCount];
        for (int i = 0; i < stripeCount; i++) {
            stripes[i] = Executors.newSingleThreadExecutor();
        }
    }

    public void execute(Object key, Runnable task) {
        stripes[Math.floorMod(key.hashCode(), stripes.length)].execute(task);
    }

    @Override
    public void close() {
        for (ExecutorService stripe : stripes) {
            stripe.shutdown();
        }
    }
}
