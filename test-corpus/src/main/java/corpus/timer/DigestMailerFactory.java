package corpus.timer;

import java.util.List;
import java.util.Timer;

/** Negative: the Timer is handed to its owner's constructor; DigestMailer cancels it when closed. */
public class DigestMailerFactory {

    public DigestMailer create(List<String> recipients) {
        Timer timer = new Timer("digest-mailer", true);
        return new DigestMailer(timer, recipients);
    }
}
