package corpus.executor;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Positive: a ThreadPoolExecutor built with its constructor per call is never shut down. */
public class ImageResizeQueue {

    public void resizeAll(List<Path> images) {
        ThreadPoolExecutor resizers = new ThreadPoolExecutor(2, 8, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>()); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        for (Path image : images) {
            resizers.execute(() -> resize(image));
        }
    }

    private void resize(Path image) {
        System.out.println("resizing " + image);
    }
}
