package corpus.executor;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Positive: a constructor that warms caches on a local pool never shuts that pool down. */
public class SearchIndexWarmer {

    public SearchIndexWarmer(List<String> hotQueries) {
        ExecutorService warmers = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        for (String query : hotQueries) {
            warmers.execute(() -> prime(query));
        }
    }

    private void prime(String query) {
        System.out.println("priming " + query);
    }
}
