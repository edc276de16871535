package corpus.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Negative: the executor field is shut down in a @PreDestroy method, which the container calls on shutdown. */
public class InventorySyncService {

    private final ExecutorService syncers = Executors.newFixedThreadPool(2);

    public void syncWarehouse(String warehouseId) {
        syncers.execute(() -> pull(warehouseId));
    }

    private void pull(String warehouseId) {
        System.out.println("syncing " + warehouseId);
    }

    @PreDestroy
    void stopSyncing() throws InterruptedException {
        syncers.shutdown();
        syncers.awaitTermination(30, TimeUnit.SECONDS);
    }
}
