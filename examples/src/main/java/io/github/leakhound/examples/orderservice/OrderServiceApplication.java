package io.github.leakhound.examples.orderservice;

import io.github.leakhound.examples.orderservice.notifications.Notification;
import io.github.leakhound.examples.orderservice.notifications.NotificationDispatcher;
import io.github.leakhound.examples.orderservice.orders.Order;
import io.github.leakhound.examples.orderservice.orders.OrderLine;
import io.github.leakhound.examples.orderservice.orders.OrderService;
import io.github.leakhound.examples.orderservice.reports.ReportExporter;
import io.github.leakhound.examples.orderservice.scheduling.InventoryScheduler;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Wires the service together and places one order; it owns the shared workers and shuts them down. */
public final class OrderServiceApplication {

    private OrderServiceApplication() {
    }

    public static void main(String[] args) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(8);
        try (InventoryScheduler inventory = new InventoryScheduler(() -> { }, Duration.ofMinutes(5))) {
            inventory.start();
            OrderService orders = new OrderService(workers);
            NotificationDispatcher notifications = new NotificationDispatcher(List.of(System.out::println));
            Order order = new Order("A-1", "ada@example.com",
                    List.of(new OrderLine("BOOK-42", 2, new BigDecimal("19.90"))));

            System.out.println(orders.place(order).get());
            notifications.dispatch(new Notification(order.customerEmail(), "Order " + order.id(), "Thank you!"));
            new ReportExporter().export(List.of(order), Files.createTempDirectory("reports"));
        } finally {
            workers.shutdown();
        }
    }
}
