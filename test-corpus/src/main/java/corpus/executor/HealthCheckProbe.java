package corpus.executor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Positive: an HttpClient created and used in one expression can never be closed. */
public class HealthCheckProbe {

    public boolean isHealthy(URI healthEndpoint) throws IOException, InterruptedException {
        HttpRequest ping = HttpRequest.newBuilder(healthEndpoint).GET().build();
        return HttpClient.newHttpClient().send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200; // expect: LEAK_THREAD_OWNER_NOT_CLOSED
    }
}
