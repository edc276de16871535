package corpus.executor;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** Positive: a pool created inside a lambda body, once per batch, is never shut down. */
public class ImportBatchHandler {

    public Consumer<List<String>> rowsHandler() {
        return rows -> {
            ExecutorService writers = Executors.newFixedThreadPool(4); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
            for (String row : rows) {
                writers.execute(() -> store(row));
            }
        };
    }

    private void store(String row) {
        System.out.println("storing " + row);
    }
}
