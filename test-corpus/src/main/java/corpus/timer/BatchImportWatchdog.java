package corpus.timer;

import java.util.List;
import java.util.Timer;
import java.util.TimerTask;

/** Positive: the watchdog is cancelled only on the normal path; if storing a row throws, its timer thread leaks. */
public class BatchImportWatchdog {

    public void importBatch(List<String> rows) {
        Timer watchdog = new Timer("import-watchdog", true); // expect: LEAK_TIMER_NOT_CANCELLED
        watchdog.schedule(new TimerTask() {
            @Override
            public void run() {
                System.out.println("import of " + rows.size() + " rows is taking more than a minute");
            }
        }, 60_000);
        for (String row : rows) {
            store(row);
        }
        watchdog.cancel();
    }

    private void store(String row) {
        if (row.isBlank()) {
            throw new IllegalArgumentException("blank row");
        }
        System.out.println("stored " + row);
    }
}
