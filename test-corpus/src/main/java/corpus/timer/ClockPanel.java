package corpus.timer;

import java.time.LocalTime;
import javax.swing.JLabel;
import javax.swing.Timer;

/** Positive: the clock's Swing timer field is started in showClock() and nothing ever stops it. */
public class ClockPanel {

    private final JLabel face = new JLabel();
    private final Timer clock = new Timer(1_000, event -> tick()); // expect: LEAK_TIMER_NOT_CANCELLED

    public JLabel showClock() {
        clock.start();
        return face;
    }

    private void tick() {
        face.setText(LocalTime.now().withNano(0).toString());
    }
}
