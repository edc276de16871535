package corpus.executor;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Positive: the finally block shuts the pool down only when a flag is set, so the other runs leak it. */
public class NightlyReportGenerator {

    private final boolean releaseWorkersAfterRun;

    public NightlyReportGenerator(boolean releaseWorkersAfterRun) {
        this.releaseWorkersAfterRun = releaseWorkersAfterRun;
    }

    public void generate(List<Runnable> sections) {
        ExecutorService workers = Executors.newFixedThreadPool(3); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        try {
            for (Runnable section : sections) {
                workers.execute(section);
            }
        } finally {
            if (releaseWorkersAfterRun) {
                workers.shutdown();
            }
        }
    }
}
