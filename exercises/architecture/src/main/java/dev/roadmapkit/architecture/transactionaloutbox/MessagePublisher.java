package dev.roadmapkit.architecture.transactionaloutbox;

/**
 * Where the relay sends messages: a message broker in production, a recording fake in the tests.
 * Given.
 */
@FunctionalInterface
public interface MessagePublisher {

  /**
   * Publishes {@code message}.
   *
   * @throws RuntimeException if the broker is unreachable or did not confirm; the message may or
   *     may not have been delivered
   */
  void publish(OutboxMessage message);
}
