package corpus.executor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Positive: close() is skipped whenever send() throws, which network calls often do. */
public class SitemapFetcher {

    public String fetch(URI sitemap) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient(); // expect: LEAK_THREAD_OWNER_NOT_CLOSED
        String body = client.send(HttpRequest.newBuilder(sitemap).build(), HttpResponse.BodyHandlers.ofString()).body();
        client.close();
        return body;
    }
}
