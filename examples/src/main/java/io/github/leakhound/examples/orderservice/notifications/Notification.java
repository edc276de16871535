package io.github.leakhound.examples.orderservice.notifications;

/** A message to a customer. */
public record Notification(String recipient, String subject, String body) {
}
