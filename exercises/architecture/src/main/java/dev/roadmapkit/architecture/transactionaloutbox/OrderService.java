package dev.roadmapkit.architecture.transactionaloutbox;

import java.time.Clock;
import javax.sql.DataSource;

/**
 * Exercise {@code architecture/transactional-outbox}, part 1: places orders.
 *
 * <p>Placing an order must do two things: store the order, and tell other services (shipping,
 * billing) with an {@code OrderPlaced} event. Doing them one after the other is the <em>dual
 * write</em> problem: if the service crashes between the insert and the publish, the order exists
 * and nobody hears of it; publish first, and a failed insert announces an order that does not
 * exist. The transactional outbox solves it: the event is written as a row of the {@code outbox}
 * table <em>in the same database transaction</em> as the order, so both are committed or neither
 * is. Publishing is a separate step ({@link OutboxRelay}).
 *
 * <p><b>Your task:</b> implement {@link #placeOrder} with JDBC. On one connection with auto-commit
 * off: insert the order ({@code placed_at} is {@code clock.instant()}), insert its outbox row
 * ({@code aggregate_id} the order id, {@code type} {@code OrderPlaced}, {@code created_at} the same
 * instant, {@code published_at} NULL, and this exact payload:
 *
 * <pre>{@code {"orderId":"o-1","customer":"Ada","totalCents":1250}}</pre>
 *
 * <p>with {@code \} and {@code "} in the customer's name escaped as {@code \\} and {@code \"}),
 * then commit. If anything fails, roll back and throw a {@link StorageException} whose message
 * names the order id. Write timestamps with {@code setObject(i, OffsetDateTime.ofInstant(instant,
 * ZoneOffset.UTC))}. Use only SQL that PostgreSQL and H2 both understand.
 */
public final class OrderService {

  /**
   * Creates the service.
   *
   * @param dataSource the database with the tables of {@link OutboxSchema}
   * @param clock where {@code placed_at} and {@code created_at} come from
   */
  public OrderService(DataSource dataSource, Clock clock) {
    throw new UnsupportedOperationException(
        "TODO architecture/transactional-outbox: keep the data source and the clock");
  }

  /**
   * Stores the order and its {@code OrderPlaced} event, atomically.
   *
   * @param orderId 1 to 64 letters, digits or dashes
   * @param customer not blank, at most 200 characters
   * @param totalCents not negative
   * @throws IllegalArgumentException if an argument is invalid; nothing is written then
   * @throws StorageException if the database fails, e.g. the order id exists; nothing is written
   */
  public void placeOrder(String orderId, String customer, long totalCents) {
    throw new UnsupportedOperationException(
        "TODO architecture/transactional-outbox: validate, then in ONE transaction insert into"
            + " orders and into outbox; commit; on failure roll back and throw StorageException");
  }
}
