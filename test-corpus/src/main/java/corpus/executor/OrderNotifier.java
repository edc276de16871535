package corpus.executor;

import java.util.concurrent.ExecutorService;

/** Negative: the executor is received as a constructor parameter; this class does not own it. */
public class OrderNotifier {

    private final ExecutorService executor;

    public OrderNotifier(ExecutorService executor) {
        this.executor = executor;
    }

    public void orderShipped(String orderId) {
        executor.execute(() -> sendShippedMail(orderId));
    }

    private void sendShippedMail(String orderId) {
        System.out.println("order " + orderId + " shipped");
    }
}
