package corpus.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Positive: stop() only flips a flag; the polling task on the injected scheduler is never cancelled. */
public class PriceFeedSubscriber {

    private final ScheduledExecutorService scheduler;
    private final String symbol;
    private volatile boolean stopped;

    public PriceFeedSubscriber(ScheduledExecutorService scheduler, String symbol) {
        this.scheduler = scheduler;
        this.symbol = symbol;
    }

    public void subscribe() {
        scheduler.scheduleWithFixedDelay(this::poll, 0, 500, TimeUnit.MILLISECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
    }

    public void stop() {
        stopped = true;
    }

    private void poll() {
        if (!stopped) {
            System.out.println("polling price of " + symbol);
        }
    }
}
