package corpus.executor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Positive: an inline-initialised executor field, only lent to CompletableFuture, is never shut down. */
public class EmailDispatcher {

    private final ExecutorService senders = Executors.newFixedThreadPool(4); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN

    public CompletableFuture<Void> send(String recipient, String body) {
        return CompletableFuture.runAsync(() -> deliver(recipient, body), senders);
    }

    private void deliver(String recipient, String body) {
        System.out.println("to " + recipient + ": " + body.length() + " characters");
    }
}
