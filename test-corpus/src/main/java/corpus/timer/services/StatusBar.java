package corpus.timer.services;

import java.time.LocalTime;
import javax.swing.JLabel;
import javax.swing.Timer;

/** Negative (field): the Swing clock is started in show() and stopped in dispose(). */
public class StatusBar {

    private final JLabel clock = new JLabel();
    private final Timer ticker = new Timer(1000, event -> clock.setText(LocalTime.now().toString()));

    public void show() {
        ticker.start();
    }

    public void dispose() {
        ticker.stop();
    }
}
