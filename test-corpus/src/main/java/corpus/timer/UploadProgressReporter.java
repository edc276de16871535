package corpus.timer;

import java.util.Timer;
import java.util.TimerTask;
import java.util.function.LongSupplier;

/**
 * Positive: a daemon Timer per upload does not block JVM exit, but its thread and the upload it references live
 * until then. Timer's own scheduleAtFixedRate is not an executor's periodic task: only the timer is reported.
 */
public class UploadProgressReporter {

    public void track(String uploadId, LongSupplier bytesSent, long totalBytes) {
        Timer progress = new Timer(true); // expect: LEAK_TIMER_NOT_CANCELLED
        progress.scheduleAtFixedRate(new TimerTask() {
            @Override
            public void run() {
                System.out.printf("%s: %d of %d bytes%n", uploadId, bytesSent.getAsLong(), totalBytes);
            }
        }, 0, 1_000);
    }
}
