package corpus.executor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Positive: a client built per webhook delivery is never closed; every call leaves a selector thread behind. */
public class WebhookSender {

    public int deliver(URI target, String payload) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(); // expect: LEAK_THREAD_OWNER_NOT_CLOSED
        HttpRequest request = HttpRequest.newBuilder(target).POST(HttpRequest.BodyPublishers.ofString(payload)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
