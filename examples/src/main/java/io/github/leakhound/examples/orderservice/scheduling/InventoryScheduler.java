package io.github.leakhound.examples.orderservice.scheduling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs the restocking job periodically until it is closed. */
public final class InventoryScheduler implements AutoCloseable {

    private final Runnable restock;
    private ScheduledExecutorService scheduler;
    private Duration interval;

    public InventoryScheduler(Runnable restock, Duration interval) {
        this.restock = restock;
        this.interval = interval;
        this.scheduler = Executors.newSingleThreadScheduledExecutor();
    }

    /** Starts the periodic restocking. */
    public void start() {
        scheduler.scheduleWithFixedDelay(restock, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Changes the interval.
     * Leak: the old scheduler is dropped without being shut down, so its thread keeps running the old
     * schedule next to the new one; shut it down (or cancel its task) before replacing it.
     */
    public void reschedule(Duration newInterval) {
        interval = newInterval;
        scheduler = Executors.newSingleThreadScheduledExecutor();
        start();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
