package corpus.timer.services;

import java.util.Timer;

/** Negative (field): the timer escapes through a getter, so its release is the caller's business. */
public class ConnectionKeepAlive {

    private final Timer keepAlive = new Timer("keep-alive", true);

    public Timer keepAliveTimer() {
        return keepAlive;
    }
}
