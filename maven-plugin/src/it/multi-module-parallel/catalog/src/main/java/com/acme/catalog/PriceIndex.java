package com.acme.catalog;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Looks prices up on a pool that is always shut down: no finding. */
public class PriceIndex {

    public long cheapest(List<Long> prices) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            return pool.submit(() -> prices.stream().mapToLong(Long::longValue).min().orElse(0L)).get();
        } finally {
            pool.shutdown();
        }
    }
}
