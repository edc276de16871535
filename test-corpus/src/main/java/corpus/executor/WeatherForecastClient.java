package corpus.executor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Negative: the per-call HttpClient is closed in a finally block that covers every use of it. */
public class WeatherForecastClient {

    public String forecast(URI forecastEndpoint) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        try {
            return client.send(HttpRequest.newBuilder(forecastEndpoint).build(), HttpResponse.BodyHandlers.ofString()).body();
        } finally {
            client.close();
        }
    }
}
