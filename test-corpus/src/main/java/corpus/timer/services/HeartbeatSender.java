package corpus.timer.services;

import java.util.Timer;
import java.util.TimerTask;

/**
 * Positive: neither Timer assigned to the field is ever cancelled; reconnect() also abandons the old one. There is
 * no "timer overwritten" rule: the field rule reports both assignments.
 */
public class HeartbeatSender {

    private final String peer;
    private Timer beats;

    public HeartbeatSender(String peer) {
        this.peer = peer;
        beats = new Timer("heartbeat", true); // expect: LEAK_TIMER_NOT_CANCELLED
        beats.schedule(new Beat(), 0, 5_000);
    }

    public void reconnect() {
        beats = new Timer("heartbeat", true); // expect: LEAK_TIMER_NOT_CANCELLED
        beats.schedule(new Beat(), 0, 5_000);
    }

    /** Sends one heartbeat. */
    private final class Beat extends TimerTask {

        @Override
        public void run() {
            System.out.println("heartbeat to " + peer);
        }
    }
}
