package dev.roadmapkit.architecture.transactionaloutbox;

import java.time.Clock;
import javax.sql.DataSource;

/**
 * Exercise {@code architecture/transactional-outbox}, part 2: publishes what the outbox holds.
 *
 * <p>{@link #relayPending} runs on a schedule (every second, say). It reads up to {@code batchSize}
 * unpublished rows ({@code published_at IS NULL}), oldest first ({@code ORDER BY id}), and for each
 * one, in order: publishes it, then marks it published ({@code published_at = clock.instant()}),
 * committed at once, before the next message.
 *
 * <p>Publish first, mark second: if the process dies between the two, the row is still unpublished
 * and the next run publishes it again. The consumer may see a message twice, but never misses one:
 * <em>at-least-once</em> delivery. (Mark first, and a crash loses the message forever.)
 *
 * <p>If the publisher throws, stop: the messages before it stay marked, this one and the rest stay
 * pending for the next run, and the exception propagates to the caller unchanged. A database
 * failure is a {@link StorageException}.
 */
public final class OutboxRelay {

  /**
   * Creates the relay.
   *
   * @param dataSource the database with the tables of {@link OutboxSchema}
   * @param publisher where messages go
   * @param clock where {@code published_at} comes from
   * @param batchSize the most messages one run publishes; at least 1
   * @throws IllegalArgumentException if the batch size is below 1, naming it
   */
  public OutboxRelay(
      DataSource dataSource, MessagePublisher publisher, Clock clock, int batchSize) {
    throw new UnsupportedOperationException(
        "TODO architecture/transactional-outbox: check the batch size and keep the arguments");
  }

  /**
   * Publishes up to a batch of pending messages, oldest first.
   *
   * @return how many messages were published and marked
   */
  public int relayPending() {
    throw new UnsupportedOperationException(
        "TODO architecture/transactional-outbox: SELECT the oldest unpublished rows (LIMIT the"
            + " batch size); for each: publisher.publish(message), then UPDATE its published_at");
  }
}
