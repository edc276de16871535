package corpus.timer;

import javax.swing.JLabel;
import javax.swing.Timer;

/** Negative: the spinner's Swing timer is started inside the try and stopped in its finally block. */
public class BusySpinner {

    private static final String FRAMES = "|/-\\";

    public void runWithSpinner(JLabel status, Runnable task) {
        Timer spinner = new Timer(120, event -> advance(status));
        try {
            spinner.start();
            task.run();
        } finally {
            spinner.stop();
        }
    }

    private void advance(JLabel status) {
        int next = (FRAMES.indexOf(status.getText()) + 1) % FRAMES.length();
        status.setText(String.valueOf(FRAMES.charAt(next)));
    }
}
