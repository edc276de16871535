package corpus.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: restart() creates a new executor only when stop() has shut the old one down and cleared the field. */
public class RestartableQueueConsumer {

    private ExecutorService poller = Executors.newSingleThreadExecutor();

    public void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    public void restart() {
        if (poller == null) {
            poller = Executors.newSingleThreadExecutor();
        }
        poller.execute(this::drainOnce);
    }

    private void drainOnce() {
        System.out.println("draining");
    }
}
