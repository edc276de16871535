package corpus.timer;

import java.util.List;
import java.util.Timer;
import java.util.TimerTask;

/** Positive: a named daemon Timer per host, created in a loop on every call, none of them ever cancelled. */
public class PingMonitor {

    public void monitor(List<String> hosts) {
        for (String host : hosts) {
            Timer pinger = new Timer("ping-monitor", true); // expect: LEAK_TIMER_NOT_CANCELLED
            pinger.schedule(new PingTask(host), 0, 10_000);
        }
    }

    /** Pings one host. */
    private static final class PingTask extends TimerTask {

        private final String host;

        PingTask(String host) {
            this.host = host;
        }

        @Override
        public void run() {
            System.out.println("ping " + host);
        }
    }
}
