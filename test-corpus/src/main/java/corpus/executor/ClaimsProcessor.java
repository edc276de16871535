package corpus.executor;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: the pool is created inside the try and shut down in finally behind a null check. */
public class ClaimsProcessor {

    public void process(List<String> claimIds) {
        ExecutorService adjusters = null;
        try {
            adjusters = Executors.newFixedThreadPool(Math.max(1, claimIds.size()));
            for (String claimId : claimIds) {
                adjusters.execute(() -> adjust(claimId));
            }
        } finally {
            if (adjusters != null) {
                adjusters.shutdown();
            }
        }
    }

    private void adjust(String claimId) {
        System.out.println("adjusting " + claimId);
    }
}
