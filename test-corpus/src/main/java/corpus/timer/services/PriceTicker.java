package corpus.timer.services;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Negative: the ticking task's future is kept and cancelled in close(). */
public class PriceTicker implements AutoCloseable {

    private final ScheduledFuture<?> ticking;

    public PriceTicker(ScheduledExecutorService scheduler) {
        ticking = scheduler.scheduleAtFixedRate(this::tick, 0, 1, TimeUnit.SECONDS);
    }

    private void tick() {
        System.out.println("tick");
    }

    @Override
    public void close() {
        ticking.cancel(false);
    }
}
