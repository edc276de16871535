package corpus.executor;

/** Negative: releases SearchIndexer's executor field from outside that class. */
public class SearchIndexerLifecycle {

    public void stop(SearchIndexer indexer) {
        indexer.indexWriters.shutdown();
    }
}
