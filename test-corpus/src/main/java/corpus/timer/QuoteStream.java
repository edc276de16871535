package corpus.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Positive: the push task of a subscription (an inner class) is never cancelled; the enclosing stream has a
 * lifecycle end, close(), after which the pushes go on.
 */
public class QuoteStream implements AutoCloseable {

    private volatile boolean open = true;

    public Subscription subscribe(String symbol, ScheduledExecutorService pushes) {
        return new Subscription(symbol, pushes);
    }

    @Override
    public void close() {
        open = false;
    }

    /** The price pushes of one symbol. */
    public final class Subscription {

        private final String symbol;
        private final ScheduledExecutorService pushes;

        Subscription(String symbol, ScheduledExecutorService pushes) {
            this.symbol = symbol;
            this.pushes = pushes;
        }

        public void start() {
            pushes.scheduleAtFixedRate(this::push, 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
        }

        private void push() {
            if (open) {
                System.out.println("quote for " + symbol);
            }
        }
    }
}
