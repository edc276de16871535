package corpus.executor;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: try-with-resources closes the executor on every path (ExecutorService is AutoCloseable since Java 19). */
public class BulkMailer {

    public void sendAll(List<String> recipients) {
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String recipient : recipients) {
                senders.submit(() -> send(recipient));
            }
        }
    }

    private void send(String recipient) {
        System.out.println("mailing " + recipient);
    }
}
