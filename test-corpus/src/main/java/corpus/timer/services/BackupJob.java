package corpus.timer.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Timer;
import java.util.TimerTask;

/** Positive: cancel() runs only when the copy succeeds; an IOException leaves the progress timer running. */
public class BackupJob {

    public void backup(Path source, Path target) throws IOException {
        Timer progress = new Timer(); // expect: LEAK_TIMER_NOT_CANCELLED
        progress.scheduleAtFixedRate(new TimerTask() {
            @Override
            public void run() {
                System.out.println("still copying " + source);
            }
        }, 1000, 1000);
        Files.copy(source, target);
        progress.cancel();
    }
}
