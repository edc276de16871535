package corpus.timer.services;

import javax.swing.JPanel;
import javax.swing.Timer;

/** Positive (field): the refresh timer is started when the panel is shown and never stopped. */
public class DashboardPanel {

    private final JPanel panel = new JPanel();
    private final Timer refresh;

    public DashboardPanel() {
        refresh = new Timer(5000, event -> panel.repaint()); // expect: LEAK_TIMER_NOT_CANCELLED
    }

    public void show() {
        panel.setVisible(true);
        refresh.start();
    }
}
