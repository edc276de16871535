package corpus.executor;

import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Negative: Executors.defaultThreadFactory() and ThreadFactory.newThread() create threads on demand, not a pool. */
public final class NamedThreadFactory implements ThreadFactory {

    private final ThreadFactory delegate = Executors.defaultThreadFactory();
    private final AtomicInteger created = new AtomicInteger();
    private final String prefix;

    public NamedThreadFactory(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = delegate.newThread(task);
        thread.setName(prefix + created.incrementAndGet());
        return thread;
    }
}
