package corpus.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: the executor field escapes through a getter, so whoever obtains it may shut it down. */
public class DomainEventBus {

    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor();

    public void publish(Object event) {
        dispatcher.execute(() -> dispatch(event));
    }

    public ExecutorService dispatcher() {
        return dispatcher;
    }

    private void dispatch(Object event) {
        System.out.println(event);
    }
}
