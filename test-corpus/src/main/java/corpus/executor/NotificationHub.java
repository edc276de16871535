package corpus.executor;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: the executor field is shut down in close(). */
public class NotificationHub implements AutoCloseable {

    private final ExecutorService deliveries = Executors.newFixedThreadPool(2);

    public void broadcast(List<String> subscribers, String message) {
        for (String subscriber : subscribers) {
            deliveries.execute(() -> deliver(subscriber, message));
        }
    }

    private void deliver(String subscriber, String message) {
        System.out.println(subscriber + " <- " + message);
    }

    @Override
    public void close() {
        deliveries.shutdown();
    }
}
