package dev.roadmapkit.architecture.transactionaloutbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Publishes pending outbox rows, oldest first, and marks each one after its publish succeeded.
 *
 * <p>Reference solution. The key idea is the order of the two steps: publish, then mark. A crash in
 * between leaves the row pending, so it is published again: at least once, never lost. Each mark is
 * committed on its own (auto-commit), so a failure halfway through a batch repeats at most the
 * message that failed. The trade-off: duplicates are possible by design, so consumers must be
 * idempotent. Several relays running at once would want {@code SELECT ... FOR UPDATE SKIP LOCKED}
 * in a transaction; one relay per database keeps this simple.
 */
public final class OutboxRelay {

  private static final String SELECT_PENDING =
      "SELECT id, aggregate_id, type, payload FROM outbox"
          + " WHERE published_at IS NULL ORDER BY id LIMIT ?";
  private static final String MARK_PUBLISHED = "UPDATE outbox SET published_at = ? WHERE id = ?";

  private final DataSource dataSource;
  private final MessagePublisher publisher;
  private final Clock clock;
  private final int batchSize;

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
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.batchSize = batchSize;
  }

  /**
   * Publishes up to a batch of pending messages, oldest first.
   *
   * @return how many messages were published and marked
   */
  public int relayPending() {
    try (Connection connection = dataSource.getConnection()) {
      List<OutboxMessage> pending = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(SELECT_PENDING)) {
        select.setInt(1, batchSize);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            pending.add(
                new OutboxMessage(
                    rows.getLong("id"),
                    rows.getString("aggregate_id"),
                    rows.getString("type"),
                    rows.getString("payload")));
          }
        }
      }
      try (PreparedStatement mark = connection.prepareStatement(MARK_PUBLISHED)) {
        for (OutboxMessage message : pending) {
          mark.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
          mark.setLong(2, message.id());
          mark.executeUpdate();
          publisher.publish(message);
        }
      }
      return pending.size();
    } catch (SQLException e) {
      throw new StorageException("could not relay the outbox: " + e.getMessage(), e);
    }
  }
}
