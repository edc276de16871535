package corpus.executor;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Positive: a ScheduledThreadPoolExecutor per retry keeps its thread alive long after the retry ran. */
public class PaymentRetryScheduler {

    public void scheduleRetry(Runnable payment, long delaySeconds) {
        ScheduledThreadPoolExecutor retries = new ScheduledThreadPoolExecutor(1); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        retries.schedule(payment, delaySeconds, TimeUnit.SECONDS);
    }
}
