package corpus.timer;

import java.util.Timer;
import java.util.TimerTask;

/** Positive: a Timer created and used without a variable, once per e-mail, can never be cancelled. */
public class DelayedEmailSender {

    public void sendLater(String to, String body, long delayMillis) {
        new Timer("delayed-mail", true).schedule(new MailTask(to, body), delayMillis); // expect: LEAK_TIMER_NOT_CANCELLED
    }

    /** Sends one e-mail. */
    private static final class MailTask extends TimerTask {

        private final String to;
        private final String body;

        MailTask(String to, String body) {
            this.to = to;
            this.body = body;
        }

        @Override
        public void run() {
            System.out.println("mail to " + to + ": " + body);
        }
    }
}
