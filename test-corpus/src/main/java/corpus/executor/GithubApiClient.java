package corpus.executor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Negative: one static HttpClient shared by every call is the recommended pattern and is never reported. */
public class GithubApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final URI API = URI.create("https://api.github.com/");

    public String repository(String owner, String name) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(API.resolve("repos/" + owner + "/" + name)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
