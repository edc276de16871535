package corpus.timer.services;

import java.util.Timer;

/** Negative: a factory method returns the new timer; the caller owns it. */
public final class TimerFactory {

    private TimerFactory() {
    }

    public static Timer daemonTimer(String name) {
        return new Timer(name, true);
    }
}
