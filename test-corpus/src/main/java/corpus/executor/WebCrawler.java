package corpus.executor;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Positive: one pool per host, created in a loop and never shut down: threads pile up with every host. */
public class WebCrawler {

    public void crawl(Map<String, List<URI>> pagesByHost) {
        for (List<URI> pages : pagesByHost.values()) {
            ExecutorService hostFetchers = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
            for (URI page : pages) {
                hostFetchers.execute(() -> fetch(page));
            }
        }
    }

    private void fetch(URI page) {
        System.out.println("fetching " + page);
    }
}
