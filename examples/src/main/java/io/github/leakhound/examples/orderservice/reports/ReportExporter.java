package io.github.leakhound.examples.orderservice.reports;

import io.github.leakhound.examples.orderservice.orders.Order;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Writes one CSV file per order, in parallel. */
public final class ReportExporter {

    /** Exports every order; try-with-resources waits for the tasks and shuts the executor down. */
    public List<Path> export(List<Order> orders, Path directory) throws InterruptedException, ExecutionException {
        try (ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Path>> files = new ArrayList<>();
            for (Order order : orders) {
                files.add(writers.submit(() -> write(order, directory)));
            }
            List<Path> written = new ArrayList<>();
            for (Future<Path> file : files) {
                written.add(file.get());
            }
            return written;
        }
    }

    private static Path write(Order order, Path directory) {
        StringBuilder csv = new StringBuilder("sku,quantity,price\n");
        order.lines().forEach(line -> csv.append(line.sku()).append(',').append(line.quantity()).append(',')
                .append(line.price().toPlainString()).append('\n'));
        try {
            return Files.writeString(directory.resolve(order.id() + ".csv"), csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
