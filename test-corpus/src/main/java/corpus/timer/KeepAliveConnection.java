package corpus.timer;

import java.util.Timer;
import java.util.TimerTask;

/** Negative: the keep-alive Timer field is cancelled in close(). */
public class KeepAliveConnection implements AutoCloseable {

    private final String endpoint;
    private final Timer keepAlive = new Timer("keep-alive", true);

    public KeepAliveConnection(String endpoint) {
        this.endpoint = endpoint;
        keepAlive.schedule(new TimerTask() {
            @Override
            public void run() {
                System.out.println("NOOP to " + endpoint);
            }
        }, 30_000, 30_000);
    }

    @Override
    public void close() {
        keepAlive.cancel();
        System.out.println("closed " + endpoint);
    }
}
