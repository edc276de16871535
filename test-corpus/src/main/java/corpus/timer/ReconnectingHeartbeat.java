package corpus.timer;

import java.util.Timer;
import java.util.TimerTask;

/** Negative: reconnect() cancels the old heartbeat Timer before replacing it, and close() cancels the current one. */
public class ReconnectingHeartbeat implements AutoCloseable {

    private final String peer;
    private Timer beats;

    public ReconnectingHeartbeat(String peer) {
        this.peer = peer;
        beats = new Timer("heartbeat", true);
        beats.schedule(new Beat(), 0, 5_000);
    }

    public void reconnect() {
        beats.cancel();
        beats = new Timer("heartbeat", true);
        beats.schedule(new Beat(), 0, 5_000);
    }

    @Override
    public void close() {
        beats.cancel();
    }

    /** Sends one heartbeat. */
    private final class Beat extends TimerTask {

        @Override
        public void run() {
            System.out.println("heartbeat to " + peer);
        }
    }
}
