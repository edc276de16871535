package corpus.executor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Positive: CompletableFuture only borrows the pool it is given; nothing shuts this per-call pool down. */
public class RecommendationService {

    public List<String> recommend(String customerId) {
        ExecutorService lookups = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        CompletableFuture<List<String>> history = CompletableFuture.supplyAsync(() -> purchaseHistory(customerId), lookups);
        CompletableFuture<List<String>> trending = CompletableFuture.supplyAsync(this::trendingProducts, lookups);
        return history.thenCombine(trending, this::merge).join();
    }

    private List<String> purchaseHistory(String customerId) {
        return List.of(customerId + "-last-order");
    }

    private List<String> trendingProducts() {
        return List.of("kettle", "lamp");
    }

    private List<String> merge(List<String> history, List<String> trending) {
        List<String> merged = new ArrayList<>(history);
        merged.addAll(trending);
        return merged;
    }
}
