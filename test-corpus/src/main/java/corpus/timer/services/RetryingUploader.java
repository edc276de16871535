package corpus.timer.services;

import java.util.Timer;
import java.util.TimerTask;

/** Negative: the heartbeat timer is cancelled in finally, on every path. */
public class RetryingUploader {

    public void upload(byte[] payload) {
        Timer heartbeat = new Timer("upload-heartbeat", true);
        try {
            heartbeat.schedule(new TimerTask() {
                @Override
                public void run() {
                    System.out.println("uploading...");
                }
            }, 500, 500);
            send(payload);
        } finally {
            heartbeat.cancel();
        }
    }

    private void send(byte[] payload) {
        System.out.println("sent " + payload.length + " bytes");
    }
}
