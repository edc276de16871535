package corpus.executor;

import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: the pool is only lent to CompletableFuture and is shut down in finally. */
public class StockQuoteService {

    public BigDecimal spread(String symbol) {
        ExecutorService quoters = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<BigDecimal> bid = CompletableFuture.supplyAsync(() -> quote(symbol, "bid"), quoters);
            CompletableFuture<BigDecimal> ask = CompletableFuture.supplyAsync(() -> quote(symbol, "ask"), quoters);
            return ask.thenCombine(bid, BigDecimal::subtract).join();
        } finally {
            quoters.shutdown();
        }
    }

    private BigDecimal quote(String symbol, String side) {
        return BigDecimal.valueOf(symbol.length() + side.length());
    }
}
