package corpus.executor;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Positive: shutdown() after invokeAll() is skipped whenever invokeAll() throws (interrupt, rejection). */
public class PriceQuoteAggregator {

    public List<Future<BigDecimal>> collectQuotes(List<Callable<BigDecimal>> suppliers) throws InterruptedException {
        ExecutorService pool = Executors.newCachedThreadPool(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        List<Future<BigDecimal>> quotes = pool.invokeAll(suppliers);
        pool.shutdown();
        return quotes;
    }
}
