package corpus.executor;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Negative: the executor is created lazily behind a null check and shut down in close(). */
public class LazyThumbnailRenderer implements AutoCloseable {

    private ExecutorService renderers;

    public Future<byte[]> render(byte[] image) {
        if (renderers == null) {
            renderers = Executors.newFixedThreadPool(2);
        }
        return renderers.submit(() -> Arrays.copyOf(image, image.length / 4));
    }

    @Override
    public void close() {
        if (renderers != null) {
            renderers.shutdown();
        }
    }
}
