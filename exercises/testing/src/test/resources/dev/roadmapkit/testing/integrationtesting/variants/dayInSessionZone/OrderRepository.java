package dev.roadmapkit.testing.integrationtesting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The shop's orders, stored in PostgreSQL (tables of {@link ShopSchema}). This class is correct:
 * test it with {@link CustomerRepository}, in the same test class.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>{@link #place}: all or nothing. An order and its lines are stored in one transaction: if the
 *       database refuses any line (a quantity of 0, a negative price), nothing of the order is
 *       stored, not even the lines before it, and {@link RepositoryException} is thrown.
 *   <li>The time an order was placed is an instant: it reads back exactly as it was given, whatever
 *       the time zone of the JVM or of the database session.
 *   <li>{@link #placedOn}: a day is a day in the zone asked for, from its first instant (included)
 *       to the next day's first instant (excluded): an order at {@code 2026-03-01T23:30Z} was placed
 *       on 1 March in London and on 2 March in Tokyo.
 *   <li>Lists of orders are sorted by the time they were placed, then by id.
 * </ul>
 */
public final class OrderRepository {

  private static final String ORDERS =
      "SELECT o.id, o.customer_id, o.placed_at,"
          + " COALESCE(SUM(l.unit_price_cents * l.quantity), 0) AS total"
          + " FROM purchase_order o LEFT JOIN order_line l ON l.order_id = o.id ";

  private static final String GROUPED = " GROUP BY o.id ORDER BY o.placed_at, o.id";

  private final DataSource dataSource;

  /**
   * @param dataSource the database, with {@link ShopSchema} applied
   */
  public OrderRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Stores an order and its lines, all or nothing.
   *
   * @param customerId a registered customer's id
   * @param placedAt when the order was placed
   * @param lines the order's lines, at least one
   * @return the new order's id
   * @throws IllegalArgumentException if there is no line
   * @throws RepositoryException if the database refuses the order or one of its lines (an unknown
   *     customer, a quantity below 1, a negative price): then nothing of it is stored
   */
  public long place(long customerId, Instant placedAt, List<OrderLine> lines) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an order needs at least one line");
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        long orderId = insertOrder(connection, customerId, placedAt);
        insertLines(connection, orderId, lines);
        connection.commit();
        return orderId;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new RepositoryException("could not place an order of customer " + customerId, e);
    }
  }

  /**
   * A customer's orders.
   *
   * @param customerId the customer's id
   * @return the orders, sorted by the time they were placed, then by id; empty if none
   */
  public List<PlacedOrder> ordersOf(long customerId) {
    String sql = ORDERS + "WHERE o.customer_id = ?" + GROUPED;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, customerId);
      return orders(statement);
    } catch (SQLException e) {
      throw new RepositoryException("could not read the orders of customer " + customerId, e);
    }
  }

  /**
   * The orders placed on a day, as that day is in the given zone.
   *
   * @param day the calendar day
   * @param zone the zone the day is in (the shop's, say)
   * @return every customer's orders placed from the day's first instant in that zone, included, to
   *     the next day's, excluded; sorted by the time they were placed, then by id
   */
  public List<PlacedOrder> placedOn(LocalDate day, ZoneId zone) {
    String sql = ORDERS + "WHERE o.placed_at::date = ?" + GROUPED;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, day);
      return orders(statement);
    } catch (SQLException e) {
      throw new RepositoryException("could not read the orders of " + day, e);
    }
  }

  private static long insertOrder(Connection connection, long customerId, Instant placedAt)
      throws SQLException {
    String sql = "INSERT INTO purchase_order (customer_id, placed_at) VALUES (?, ?) RETURNING id";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, customerId);
      statement.setObject(2, OffsetDateTime.ofInstant(placedAt, ZoneOffset.UTC));
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong("id");
      }
    }
  }

  private static void insertLines(Connection connection, long orderId, List<OrderLine> lines)
      throws SQLException {
    String sql =
        "INSERT INTO order_line (order_id, line_no, sku, unit_price_cents, quantity)"
            + " VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int lineNo = 1;
      for (OrderLine line : lines) {
        statement.setLong(1, orderId);
        statement.setInt(2, lineNo++);
        statement.setString(3, line.sku());
        statement.setLong(4, line.unitPriceCents());
        statement.setInt(5, line.quantity());
        statement.executeUpdate();
      }
    }
  }

  private static List<PlacedOrder> orders(PreparedStatement statement) throws SQLException {
    List<PlacedOrder> orders = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        orders.add(
            new PlacedOrder(
                rows.getLong("id"),
                rows.getLong("customer_id"),
                rows.getObject("placed_at", OffsetDateTime.class).toInstant(),
                rows.getLong("total")));
      }
    }
    return orders;
  }
}
