package corpus.executor;

import java.nio.file.Path;
import java.util.concurrent.Executors;

/** Positive: an executor created and used without a variable can never be shut down. */
public class AuditTrail {

    private final Path logFile;

    public AuditTrail(Path logFile) {
        this.logFile = logFile;
    }

    public void record(String event) {
        Executors.newSingleThreadExecutor().submit(() -> append(event)); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
    }

    private void append(String event) {
        System.out.println(logFile + ": " + event);
    }
}
