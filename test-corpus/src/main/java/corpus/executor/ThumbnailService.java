package corpus.executor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Positive: a pool created on every call and never shut down leaves four threads behind per call. */
public class ThumbnailService {

    public List<Future<Path>> renderAll(List<Path> images) {
        ExecutorService pool = Executors.newFixedThreadPool(4); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        List<Future<Path>> thumbnails = new ArrayList<>();
        for (Path image : images) {
            thumbnails.add(pool.submit(() -> render(image)));
        }
        return thumbnails;
    }

    private Path render(Path image) {
        return image.resolveSibling("thumb-" + image.getFileName());
    }
}
