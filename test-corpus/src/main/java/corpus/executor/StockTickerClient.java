package corpus.executor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Negative: try-with-resources closes the HttpClient on every path (HttpClient is AutoCloseable since Java 21). */
public class StockTickerClient {

    public String latestQuote(URI quoteEndpoint) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()) {
            HttpRequest request = HttpRequest.newBuilder(quoteEndpoint).build();
            return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
