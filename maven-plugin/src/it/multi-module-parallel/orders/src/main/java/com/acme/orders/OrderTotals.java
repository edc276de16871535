package com.acme.orders;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Sums order lines on a pool that is created per call and never shut down. */
public class OrderTotals {

    public long total(List<Long> lineAmounts) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Future<Long> sum = pool.submit(() -> lineAmounts.stream().mapToLong(Long::longValue).sum());
        return sum.get();
    }
}
