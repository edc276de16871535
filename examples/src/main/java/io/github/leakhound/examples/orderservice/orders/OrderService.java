package io.github.leakhound.examples.orderservice.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Places orders and recomputes their totals. */
public final class OrderService {

    private final ExecutorService workers;

    /** The workers are the application's; this service borrows them and never shuts them down. */
    public OrderService(ExecutorService workers) {
        this.workers = workers;
    }

    /** Accepts an order asynchronously on the shared workers. */
    public CompletableFuture<String> place(Order order) {
        return CompletableFuture.supplyAsync(() -> "accepted " + order.id() + " for " + order.total(), workers);
    }

    /**
     * Recomputes the totals of a batch of orders in parallel.
     * Leak: every call starts four threads that nobody stops, so each nightly re-pricing adds four more.
     */
    public List<BigDecimal> reprice(List<Order> orders) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<BigDecimal>> totals = new ArrayList<>();
        for (Order order : orders) {
            totals.add(pool.submit(order::total));
        }
        List<BigDecimal> result = new ArrayList<>();
        for (Future<BigDecimal> total : totals) {
            result.add(total.get());
        }
        return result;
    }

    /** Checks that no order is empty, in parallel; the pool is shut down whatever happens. */
    public boolean allHaveLines(List<Order> orders) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (Order order : orders) {
                checks.add(pool.submit(() -> !order.lines().isEmpty()));
            }
            for (Future<Boolean> check : checks) {
                if (!check.get()) {
                    return false;
                }
            }
            return true;
        } finally {
            pool.shutdown();
        }
    }
}
