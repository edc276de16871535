package corpus.executor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Positive: a virtual-thread executor is still an ExecutorService that must be closed; this one never is. */
public class DocumentIndexer {

    public List<Future<Integer>> indexAll(List<String> documents) {
        ExecutorService indexers = Executors.newVirtualThreadPerTaskExecutor(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        List<Future<Integer>> termCounts = new ArrayList<>();
        for (String document : documents) {
            termCounts.add(indexers.submit(() -> countTerms(document)));
        }
        return termCounts;
    }

    private int countTerms(String document) {
        return document.split("\\s+").length;
    }
}
