package io.github.leakhound.examples.orderservice.payment;

import io.github.leakhound.examples.orderservice.orders.Order;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Talks to the payment gateway over HTTP. */
public final class PaymentClient {

    // One client for the whole application: it pools connections and owns one selector thread.
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI gateway;

    public PaymentClient(URI gateway) {
        this.gateway = gateway;
    }

    /** Charges the order's total. */
    public PaymentStatus charge(Order order) throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(request(order, "charge"), HttpResponse.BodyHandlers.discarding());
        return PaymentStatus.fromHttpStatus(response.statusCode());
    }

    /**
     * Refunds the order's total.
     * Leak: a new client (and selector thread, and connection pool) per refund, never closed.
     */
    public PaymentStatus refund(Order order) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<Void> response = client.send(request(order, "refund"), HttpResponse.BodyHandlers.discarding());
        return PaymentStatus.fromHttpStatus(response.statusCode());
    }

    private HttpRequest request(Order order, String operation) {
        return HttpRequest.newBuilder(gateway.resolve(operation + "/" + order.id()))
                .POST(HttpRequest.BodyPublishers.ofString(order.total().toPlainString()))
                .build();
    }
}
