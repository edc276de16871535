package corpus.executor;

import java.io.File;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Positive: the early return for an empty directory skips the shutdown at the end of the method. */
public class LogArchiver {

    public int compressAll(File[] logFiles) {
        ExecutorService compressors = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        if (logFiles.length == 0) {
            return 0;
        }
        for (File logFile : logFiles) {
            compressors.execute(() -> compress(logFile));
        }
        compressors.shutdown();
        return logFiles.length;
    }

    private void compress(File logFile) {
        logFile.renameTo(new File(logFile.getPath() + ".gz"));
    }
}
