package corpus.timer;

import java.awt.Color;
import javax.swing.JComponent;
import javax.swing.Timer;

/** Positive: the started Swing timer is never stopped; it fires forever and pins the highlighted component. */
public class HighlightPulser {

    public void pulse(JComponent field) {
        Timer pulse = new Timer(500, event -> toggle(field)); // expect: LEAK_TIMER_NOT_CANCELLED
        pulse.start();
    }

    private void toggle(JComponent field) {
        field.setBackground(Color.YELLOW.equals(field.getBackground()) ? Color.WHITE : Color.YELLOW);
    }
}
