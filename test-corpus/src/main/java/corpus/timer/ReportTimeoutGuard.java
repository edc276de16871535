package corpus.timer;

import java.util.Timer;
import java.util.TimerTask;

/** Negative: the timeout timer is cancelled in a finally block that covers everything after its creation. */
public class ReportTimeoutGuard {

    public String render(String reportId) {
        Timer guard = new Timer("report-timeout", true);
        try {
            Thread renderer = Thread.currentThread();
            guard.schedule(new TimerTask() {
                @Override
                public void run() {
                    renderer.interrupt();
                }
            }, 30_000);
            return renderSlowly(reportId);
        } finally {
            guard.cancel();
        }
    }

    private String renderSlowly(String reportId) {
        return "<html>" + reportId + "</html>";
    }
}
