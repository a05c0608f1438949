package dev.roadmapkit.architecture.transactionaloutbox;

import javax.sql.DataSource;

/**
 * Exercise {@code architecture/transactional-outbox}, part 3: the shipping service's consumer of
 * {@code OrderPlaced} events.
 *
 * <p>Delivery is at least once, so the same message can arrive twice. The consumer makes that
 * harmless (an <em>idempotent consumer</em>): in one transaction it records the message id in
 * {@code processed_messages} (the primary key refuses a second insert) and does its work, here
 * inserting a row into {@code shipments} with the order id ({@code aggregateId}). A message whose
 * id is already recorded is skipped. Messages of other types are recorded and otherwise ignored.
 *
 * <p>{@code INSERT ... ON CONFLICT DO NOTHING} works on PostgreSQL and H2 and returns an update
 * count of 0 for a duplicate; after that, roll back and return {@code false}. If the work fails,
 * roll back both, so the message can be handled again, and throw {@link StorageException}.
 */
public final class ShipmentConsumer {

  /**
   * Creates the consumer.
   *
   * @param dataSource the database with the tables of {@link OutboxSchema}
   */
  public ShipmentConsumer(DataSource dataSource) {
    throw new UnsupportedOperationException(
        "TODO architecture/transactional-outbox: keep the data source");
  }

  /**
   * Handles {@code message} unless it was handled before.
   *
   * @return {@code true} if it was handled now, {@code false} if it was a duplicate
   */
  public boolean handle(OutboxMessage message) {
    throw new UnsupportedOperationException(
        "TODO architecture/transactional-outbox: in one transaction, INSERT the message id into"
            + " processed_messages ON CONFLICT DO NOTHING; if that inserted nothing, roll back and"
            + " return false; otherwise insert the shipment for an OrderPlaced, commit, true");
  }
}
