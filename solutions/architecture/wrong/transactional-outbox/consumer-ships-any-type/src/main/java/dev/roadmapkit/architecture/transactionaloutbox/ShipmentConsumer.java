package dev.roadmapkit.architecture.transactionaloutbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The shipping service's idempotent consumer of {@code OrderPlaced} events.
 *
 * <p>Reference solution. The key idea: recording the message id and doing the work share one
 * transaction, and the primary key of {@code processed_messages} decides, atomically, whether this
 * delivery is the first. At-least-once delivery plus an idempotent consumer gives an effect that
 * happens exactly once. The trade-off: the processed ids accumulate and need pruning after the
 * longest time a duplicate can arrive.
 */
public final class ShipmentConsumer {

  private static final String CLAIM =
      "INSERT INTO processed_messages (message_id) VALUES (?) ON CONFLICT DO NOTHING";
  private static final String INSERT_SHIPMENT = "INSERT INTO shipments (order_id) VALUES (?)";

  private final DataSource dataSource;

  /**
   * Creates the consumer.
   *
   * @param dataSource the database with the tables of {@link OutboxSchema}
   */
  public ShipmentConsumer(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Handles {@code message} unless it was handled before.
   *
   * @return {@code true} if it was handled now, {@code false} if it was a duplicate
   */
  public boolean handle(OutboxMessage message) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        boolean first = claim(connection, message.id());
        if (first) {

          insertShipment(connection, message.aggregateId());
        }
        connection.commit();
        return first;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StorageException(
          "could not handle message " + message.id() + ": " + e.getMessage(), e);
    }
  }

  /** Records the message id; false if it was recorded before (a duplicate delivery). */
  private static boolean claim(Connection connection, long messageId) throws SQLException {
    try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      claim.setLong(1, messageId);
      return claim.executeUpdate() == 1;
    }
  }

  private static void insertShipment(Connection connection, String orderId) throws SQLException {
    try (PreparedStatement shipment = connection.prepareStatement(INSERT_SHIPMENT)) {
      shipment.setString(1, orderId);
      shipment.executeUpdate();
    }
  }
}
