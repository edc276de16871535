package corpus.timer.services;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Negative: every renewal future goes into a list that close() cancels. */
public class SubscriptionManager implements AutoCloseable {

    private final ScheduledExecutorService scheduler;
    private final List<ScheduledFuture<?>> renewals = new ArrayList<>();

    public SubscriptionManager(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public void subscribe(String topic) {
        ScheduledFuture<?> renewal = scheduler.scheduleWithFixedDelay(() -> renew(topic), 1, 1, TimeUnit.HOURS);
        renewals.add(renewal);
    }

    private void renew(String topic) {
        System.out.println("renewing " + topic);
    }

    @Override
    public void close() {
        renewals.forEach(renewal -> renewal.cancel(false));
    }
}
