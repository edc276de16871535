package corpus.timer.services;

import javax.swing.JProgressBar;
import javax.swing.Timer;

/** Negative: the Swing progress timer is stopped in finally, on every path. */
public class ProgressPoller {

    public void runWithProgress(JProgressBar bar, Runnable work) {
        Timer refresh = new Timer(200, event -> bar.setValue(bar.getValue() + 1));
        try {
            refresh.start();
            work.run();
        } finally {
            refresh.stop();
        }
    }
}
