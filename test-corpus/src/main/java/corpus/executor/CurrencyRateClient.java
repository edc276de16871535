package corpus.executor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Positive: an HttpClient per request starts a selector thread per request and never closes it. */
public class CurrencyRateClient {

    private final URI ratesEndpoint;

    public CurrencyRateClient(URI ratesEndpoint) {
        this.ratesEndpoint = ratesEndpoint;
    }

    public String fetchRates(String baseCurrency) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient(); // expect: LEAK_THREAD_OWNER_NOT_CLOSED
        HttpRequest request = HttpRequest.newBuilder(ratesEndpoint.resolve("?base=" + baseCurrency)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
