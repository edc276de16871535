package corpus.executor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Negative: an HttpClient field built once per gateway object is the sharing pattern; it is never reported. */
public class PaymentGatewayClient {

    private final HttpClient http;
    private final URI gateway;

    public PaymentGatewayClient(URI gateway) {
        this.gateway = gateway;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    public int capture(String paymentId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("payments/" + paymentId + "/capture")).POST(HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
