package dev.roadmapkit.architecture.transactionaloutbox;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What the tests read from and do to the database, in plain JDBC. */
final class Tables {

  private Tables() {}

  /** One row of the outbox table. */
  record OutboxRow(
      long id,
      String aggregateId,
      String type,
      String payload,
      Instant createdAt,
      Instant publishedAt) {}

  /** One row of the orders table. */
  record OrderRow(String id, String customer, long totalCents, Instant placedAt) {}

  static List<OutboxRow> outbox(DataSource database) {
    return query(
        database,
        "SELECT id, aggregate_id, type, payload, created_at, published_at FROM outbox ORDER BY id",
        rows ->
            new OutboxRow(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                instant(rows, 5),
                instant(rows, 6)));
  }

  static List<OrderRow> orders(DataSource database) {
    return query(
        database,
        "SELECT id, customer, total_cents, placed_at FROM orders ORDER BY id",
        rows ->
            new OrderRow(rows.getString(1), rows.getString(2), rows.getLong(3), instant(rows, 4)));
  }

  static List<String> shipments(DataSource database) {
    return query(database, "SELECT order_id FROM shipments ORDER BY id", rows -> rows.getString(1));
  }

  static List<Long> processedMessages(DataSource database) {
    return query(
        database,
        "SELECT message_id FROM processed_messages ORDER BY message_id",
        rows -> rows.getLong(1));
  }

  /**
   * Writes a committed OrderPlaced event for {@code orderId} straight into the outbox, as a working
   * OrderService would, so that the relay's tests do not depend on OrderService.
   */
  static void insertEvent(DataSource database, String orderId, Instant createdAt) {
    try (Connection connection = database.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO outbox (aggregate_id, type, payload, created_at) VALUES (?, ?, ?, ?)")) {
      insert.setString(1, orderId);
      insert.setString(2, "OrderPlaced");
      insert.setString(3, "{\"orderId\":\"" + orderId + "\"}");
      insert.setObject(4, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the test could not write an event: " + e.getMessage(), e);
    }
  }

  static void execute(DataSource database, String sql) {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("the test could not run " + sql + ": " + e.getMessage(), e);
    }
  }

  /** A database that cannot be reached: every connection attempt fails. */
  static DataSource unreachable() {
    return (DataSource)
        Proxy.newProxyInstance(
            Tables.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, arguments) -> {
              throw new SQLException("connection refused (the test's unreachable database)");
            });
  }

  private interface RowMapper<T> {
    T map(ResultSet rows) throws SQLException;
  }

  private static <T> List<T> query(DataSource database, String sql, RowMapper<T> mapper) {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(mapper.map(rows));
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("the test could not run " + sql + ": " + e.getMessage(), e);
    }
  }

  private static Instant instant(ResultSet rows, int column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
