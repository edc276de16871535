package corpus.timer;

import java.util.Timer;
import java.util.TimerTask;

/**
 * Negative: java.util.Timer has its own scheduleAtFixedRate, but a Timer is not an executor: the periodic-task rule
 * does not judge it, and this class neither creates the shared Timer nor leaves its task running after close().
 */
public class ConnectionPoolJanitor implements AutoCloseable {

    private final Timer sharedTimer;
    private final TimerTask eviction = new TimerTask() {
        @Override
        public void run() {
            System.out.println("evicting idle connections");
        }
    };

    public ConnectionPoolJanitor(Timer sharedTimer) {
        this.sharedTimer = sharedTimer;
    }

    public void start(long periodMillis) {
        sharedTimer.scheduleAtFixedRate(eviction, periodMillis, periodMillis);
    }

    @Override
    public void close() {
        eviction.cancel();
    }
}
