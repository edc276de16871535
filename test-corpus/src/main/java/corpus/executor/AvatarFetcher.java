package corpus.executor;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** Negative: CompletableFuture.supplyAsync() without an executor runs on the common pool and creates none. */
public class AvatarFetcher {

    public CompletableFuture<byte[]> fetch(String userId) {
        return CompletableFuture.supplyAsync(() -> download(userId));
    }

    private byte[] download(String userId) {
        return ("avatar of " + userId).getBytes(StandardCharsets.UTF_8);
    }
}
