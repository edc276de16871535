package corpus.executor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Positive: a static initialiser warms up parsers on a local pool and never shuts the pool down. */
public final class ReferenceDataPreloader {

    static {
        ExecutorService loader = Executors.newSingleThreadExecutor(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        loader.execute(ReferenceDataPreloader::warmUpParsers);
    }

    private ReferenceDataPreloader() {
    }

    private static void warmUpParsers() {
        LocalDate.parse("2024-01-31", DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
