package corpus.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: the package-private executor field is shut down by another class, SearchIndexerLifecycle. */
public class SearchIndexer {

    final ExecutorService indexWriters = Executors.newFixedThreadPool(2);

    public void index(String document) {
        indexWriters.execute(() -> write(document));
    }

    private void write(String document) {
        System.out.println("indexing " + document.length() + " characters");
    }
}
