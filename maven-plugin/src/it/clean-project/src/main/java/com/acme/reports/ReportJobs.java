package com.acme.reports;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs report jobs on pools that are always released, whatever the jobs do. */
public class ReportJobs {

    public long countRows(List<Callable<Long>> jobs) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long rows = 0;
            for (Future<Long> done : pool.invokeAll(jobs)) {
                rows += done.get();
            }
            return rows;
        } finally {
            pool.shutdown();
        }
    }

    public void renderAll(List<Runnable> renderers) {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Runnable renderer : renderers) {
                pool.submit(renderer);
            }
        }
    }
}
