package corpus.executor;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Negative: close() releases the executor field through a local copy of it. */
public class ChatRoomServer implements AutoCloseable {

    private final ExecutorService broadcasters;

    public ChatRoomServer(int rooms) {
        broadcasters = Executors.newFixedThreadPool(rooms);
    }

    public void broadcast(List<String> members, String line) {
        for (String member : members) {
            broadcasters.execute(() -> System.out.println(member + ": " + line));
        }
    }

    @Override
    public void close() throws InterruptedException {
        ExecutorService draining = broadcasters;
        draining.shutdown();
        if (!draining.awaitTermination(10, TimeUnit.SECONDS)) {
            draining.shutdownNow();
        }
    }
}
