package corpus.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Negative: the refresh future is kept in a field that escapes through a getter; its caller may cancel it. */
public class NewsFeedRefresher implements AutoCloseable {

    private final ScheduledFuture<?> refreshTask;

    public NewsFeedRefresher(ScheduledExecutorService scheduler) {
        refreshTask = scheduler.scheduleWithFixedDelay(this::refresh, 0, 2, TimeUnit.MINUTES);
    }

    public ScheduledFuture<?> refreshTask() {
        return refreshTask;
    }

    @Override
    public void close() {
        System.out.println("news feed closed");
    }

    private void refresh() {
        System.out.println("refreshing headlines");
    }
}
