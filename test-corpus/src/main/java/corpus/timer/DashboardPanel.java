package corpus.timer;

import javax.swing.JLabel;
import javax.swing.Timer;

/** Positive: refreshNow() (re)starts the dashboard's Swing timer field, which nothing ever stops. */
public class DashboardPanel {

    private final JLabel status = new JLabel("loading");
    private final Timer refresh;

    public DashboardPanel() {
        refresh = new Timer(15_000, event -> reload()); // expect: LEAK_TIMER_NOT_CANCELLED
    }

    public void refreshNow() {
        refresh.restart();
    }

    private void reload() {
        status.setText("updated");
    }
}
