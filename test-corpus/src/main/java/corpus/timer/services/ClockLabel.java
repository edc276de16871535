package corpus.timer.services;

import java.time.LocalTime;
import javax.swing.JLabel;
import javax.swing.Timer;

/** Positive: a Swing timer started for every label and never stopped keeps firing, and pins the label, forever. */
public class ClockLabel {

    public JLabel createClock() {
        JLabel label = new JLabel();
        Timer ticker = new Timer(1000, event -> label.setText(LocalTime.now().toString())); // expect: LEAK_TIMER_NOT_CANCELLED
        ticker.start();
        return label;
    }
}
