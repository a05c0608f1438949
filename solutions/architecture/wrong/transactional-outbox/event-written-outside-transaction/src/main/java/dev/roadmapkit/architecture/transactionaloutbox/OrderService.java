package dev.roadmapkit.architecture.transactionaloutbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Places orders: the order row and its {@code OrderPlaced} outbox row in one transaction.
 *
 * <p>Reference solution. The key idea: the database transaction that makes the order real also
 * makes the event real, so there is no moment where one exists without the other, whatever crashes.
 * Nothing here talks to a broker. The trade-off: events reach consumers with a delay (the relay's
 * schedule) and possibly twice, and the outbox table needs housekeeping.
 */
public final class OrderService {

  private static final String INSERT_ORDER =
      "INSERT INTO orders (id, customer, total_cents, placed_at) VALUES (?, ?, ?, ?)";
  private static final String INSERT_EVENT =
      "INSERT INTO outbox (aggregate_id, type, payload, created_at) VALUES (?, 'OrderPlaced', ?, ?)";

  private final DataSource dataSource;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param dataSource the database with the tables of {@link OutboxSchema}
   * @param clock where {@code placed_at} and {@code created_at} come from
   */
  public OrderService(DataSource dataSource, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.clock = Objects.requireNonNull(clock, "clock");
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
    if (orderId == null || !orderId.matches("[A-Za-z0-9-]{1,64}")) {
      throw new IllegalArgumentException(
          "orderId must be 1 to 64 letters, digits or dashes, was '" + orderId + "'");
    }
    if (customer.isBlank() || customer.length() > 200) {
      throw new IllegalArgumentException(
          "customer must not be blank and at most 200 characters, was '" + customer + "'");
    }
    if (totalCents < 0) {
      throw new IllegalArgumentException("totalCents must not be negative, was " + totalCents);
    }
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    String payload =
        "{\"orderId\":\""
            + orderId
            + "\",\"customer\":\""
            + customer.replace("\\", "\\\\").replace("\"", "\\\"")
            + "\",\"totalCents\":"
            + totalCents
            + "}";
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement order = connection.prepareStatement(INSERT_ORDER);
          PreparedStatement event = connection.prepareStatement(INSERT_EVENT)) {
        order.setString(1, orderId);
        order.setString(2, customer);
        order.setLong(3, totalCents);
        order.setObject(4, now);
        order.executeUpdate();
        connection.commit();
        event.setString(1, orderId);

        event.setString(2, payload);
        event.setObject(3, now);
        event.executeUpdate();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StorageException("could not place order " + orderId + ": " + e.getMessage(), e);
    }
  }
}
