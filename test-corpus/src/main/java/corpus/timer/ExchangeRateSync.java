package corpus.timer;

import java.util.concurrent.TimeUnit;

/** Positive: the sync task runs on another class's shared static scheduler and is never cancelled by close(). */
public class ExchangeRateSync implements AutoCloseable {

    private final String baseCurrency;

    public ExchangeRateSync(String baseCurrency) {
        this.baseCurrency = baseCurrency;
    }

    public void start() {
        Schedulers.SHARED.scheduleAtFixedRate(this::syncRates, 0, 1, TimeUnit.HOURS); // expect: LEAK_PERIODIC_TASK_NOT_CANCELLED
    }

    @Override
    public void close() {
        System.out.println("rates for " + baseCurrency + " no longer needed");
    }

    private void syncRates() {
        System.out.println("syncing rates against " + baseCurrency);
    }
}
