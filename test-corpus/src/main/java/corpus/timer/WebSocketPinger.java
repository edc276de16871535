package corpus.timer;

import java.net.URI;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Positive: neither ping Timer stored in the field is ever cancelled, and reconnect() abandons the running one.
 * Timers have no "overwritten" rule: the field rule reports each assignment instead.
 */
public class WebSocketPinger {

    private final URI socket;
    private Timer pings;

    public WebSocketPinger(URI socket) {
        this.socket = socket;
        pings = new Timer("ws-ping", true); // expect: LEAK_TIMER_NOT_CANCELLED
        pings.schedule(new Ping(), 0, 20_000);
    }

    public void reconnect() {
        System.out.println("reconnecting to " + socket);
        pings = new Timer("ws-ping", true); // expect: LEAK_TIMER_NOT_CANCELLED
        pings.schedule(new Ping(), 0, 20_000);
    }

    /** Sends one ping frame. */
    private final class Ping extends TimerTask {

        @Override
        public void run() {
            System.out.println("ping " + socket);
        }
    }
}
