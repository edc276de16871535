package corpus.executor;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Positive: a static executor assigned in a static initialiser is never shut down. */
public final class PdfRenderFarm {

    private static final ExecutorService RENDERERS;

    static {
        int cores = Runtime.getRuntime().availableProcessors();
        RENDERERS = Executors.newFixedThreadPool(cores); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN
    }

    private PdfRenderFarm() {
    }

    public static Future<byte[]> render(String html) {
        return RENDERERS.submit(() -> toPdf(html));
    }

    private static byte[] toPdf(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
