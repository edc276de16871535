package corpus.timer.services;

import java.util.Timer;

/** Negative (helper): owns the timer it is given and cancels it in close(). */
public class DelayedJobHandle implements AutoCloseable {

    private final Timer timer;

    public DelayedJobHandle(Timer timer) {
        this.timer = timer;
    }

    @Override
    public void close() {
        timer.cancel();
    }
}
