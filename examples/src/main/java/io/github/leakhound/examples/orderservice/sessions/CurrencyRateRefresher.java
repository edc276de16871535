package io.github.leakhound.examples.orderservice.sessions;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Refreshes currency rates every minute on the application's shared scheduler while a storefront is open. */
public final class CurrencyRateRefresher implements AutoCloseable {

    private volatile boolean open = true;

    /**
     * Starts refreshing.
     * Leak: the ScheduledFuture is dropped, so close() cannot stop the task: it keeps running on the shared
     * scheduler, and keeps this refresher reachable, after the storefront is closed. Keep the future and
     * cancel it in close().
     */
    public CurrencyRateRefresher(ScheduledExecutorService sharedScheduler) {
        sharedScheduler.scheduleAtFixedRate(this::refresh, 0, 1, TimeUnit.MINUTES);
    }

    private void refresh() {
        if (open) {
            System.out.println("refreshing currency rates");
        }
    }

    @Override
    public void close() {
        open = false;
    }
}
