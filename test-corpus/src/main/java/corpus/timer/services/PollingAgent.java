package corpus.timer.services;

import java.util.Timer;
import java.util.TimerTask;

/** Negative (field): the polling timer is cancelled in the @PreDestroy method. */
public class PollingAgent {

    private final Timer poller;

    public PollingAgent() {
        poller = new Timer("poller", true);
        poller.schedule(new TimerTask() {
            @Override
            public void run() {
                System.out.println("poll");
            }
        }, 0, 1000);
    }

    @PreDestroy
    public void shutDownPolling() {
        poller.cancel();
    }
}
