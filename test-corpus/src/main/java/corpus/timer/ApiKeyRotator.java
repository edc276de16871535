package corpus.timer;

import java.util.Timer;
import java.util.TimerTask;

/** Negative: the rotation Timer field is cancelled in a @PreDestroy method, which the container calls on shutdown. */
public class ApiKeyRotator {

    private final Timer rotation = new Timer("api-key-rotation", true);

    public void startRotating(long periodMillis) {
        rotation.schedule(new TimerTask() {
            @Override
            public void run() {
                System.out.println("rotating API keys");
            }
        }, periodMillis, periodMillis);
    }

    @PreDestroy
    void endRotation() {
        rotation.cancel();
    }
}
