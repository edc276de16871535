package corpus.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: the pool is captured by a shutdown-hook lambda, which takes over releasing it. */
public final class BackfillCommand {

    private BackfillCommand() {
    }

    public static void main(String[] tables) {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> workers.shutdownNow()));
        for (String table : tables) {
            workers.execute(() -> backfill(table));
        }
    }

    private static void backfill(String table) {
        System.out.println("backfilling " + table);
    }
}
