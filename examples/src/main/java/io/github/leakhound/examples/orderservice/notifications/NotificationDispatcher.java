package io.github.leakhound.examples.orderservice.notifications;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Sends notifications through every channel (mail, SMS, ...) without making the caller wait.
 * Leak: the dispatcher owns two sender threads and has no way to stop them, so every dispatcher
 * created (one per tenant, one per test) keeps two threads alive until the JVM exits.
 */
public final class NotificationDispatcher {

    private final ExecutorService senders = Executors.newFixedThreadPool(2);
    private final List<Consumer<Notification>> channels;

    public NotificationDispatcher(List<Consumer<Notification>> channels) {
        this.channels = List.copyOf(channels);
    }

    /** Hands the notification to every channel on the sender threads. */
    public void dispatch(Notification notification) {
        for (Consumer<Notification> channel : channels) {
            senders.execute(() -> channel.accept(notification));
        }
    }
}
