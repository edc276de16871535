package corpus.timer;

import java.math.BigDecimal;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Positive: the check runs on the caller's scheduler (a parameter) and is never cancelled, not even by stop(). */
public class PriceAlertWatcher {

    private final BigDecimal threshold;
    private volatile BigDecimal lastPrice = BigDecimal.ZERO;

    public PriceAlertWatcher(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public void watch(ScheduledExecutorService scheduler, String symbol) {
        scheduler.scheduleAtFixedRate(() -> check(symbol), 0, 1, TimeUnit.SECONDS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
    }

    public void stop() {
        lastPrice = BigDecimal.ZERO;
    }

    private void check(String symbol) {
        if (lastPrice.compareTo(threshold) > 0) {
            System.out.println(symbol + " crossed " + threshold);
        }
    }
}
