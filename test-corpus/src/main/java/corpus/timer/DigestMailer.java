package corpus.timer;

import java.util.List;
import java.util.Timer;
import java.util.TimerTask;

/** Negative: the owner of a Timer it receives from its factory; it schedules the digest and cancels it in close(). */
public class DigestMailer implements AutoCloseable {

    private final Timer timer;
    private final List<String> recipients;

    public DigestMailer(Timer timer, List<String> recipients) {
        this.timer = timer;
        this.recipients = List.copyOf(recipients);
    }

    public void start(long periodMillis) {
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                recipients.forEach(recipient -> System.out.println("digest to " + recipient));
            }
        }, periodMillis, periodMillis);
    }

    @Override
    public void close() {
        timer.cancel();
    }
}
