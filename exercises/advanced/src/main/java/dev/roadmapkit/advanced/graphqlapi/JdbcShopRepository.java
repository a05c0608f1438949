package dev.roadmapkit.advanced.graphqlapi;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Given: {@link ShopRepository} over JDBC, for the tables of {@code shop.sql}. Each method runs one
 * prepared statement; a set of ids is one array parameter ({@code WHERE id = ANY (?)}), so a batch
 * of 100 ids is still one statement.
 */
public final class JdbcShopRepository implements ShopRepository {

  private final DataSource dataSource;

  /** The repository over {@code dataSource}, which must hold the tables of {@code shop.sql}. */
  public JdbcShopRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<Order> firstOrders(int first) {
    String sql = "SELECT id, customer_id, placed_on FROM shop_order ORDER BY id LIMIT ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, Math.max(first, 0));
      List<Order> orders = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          orders.add(order(rows));
        }
      }
      return orders;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the first " + first + " orders", e);
    }
  }

  @Override
  public Map<Long, Order> ordersByIds(Collection<Long> ids) {
    Map<Long, Order> orders = new LinkedHashMap<>();
    query(
        "SELECT id, customer_id, placed_on FROM shop_order WHERE id = ANY (?) ORDER BY id",
        ids,
        rows -> orders.put(rows.getLong("id"), order(rows)));
    return orders;
  }

  @Override
  public Map<Long, Customer> customersByIds(Collection<Long> ids) {
    Map<Long, Customer> customers = new LinkedHashMap<>();
    query(
        "SELECT id, name FROM customer WHERE id = ANY (?) ORDER BY id",
        ids,
        rows ->
            customers.put(
                rows.getLong("id"), new Customer(rows.getLong("id"), rows.getString("name"))));
    return customers;
  }

  @Override
  public Map<Long, List<OrderLine>> linesByOrderIds(Collection<Long> orderIds) {
    Map<Long, List<OrderLine>> lines = new LinkedHashMap<>();
    query(
        "SELECT id, order_id, product_id, quantity FROM order_line WHERE order_id = ANY (?)"
            + " ORDER BY id",
        orderIds,
        rows -> {
          OrderLine line =
              new OrderLine(
                  rows.getLong("id"),
                  rows.getLong("order_id"),
                  rows.getLong("product_id"),
                  rows.getInt("quantity"));
          lines.computeIfAbsent(line.orderId(), id -> new ArrayList<>()).add(line);
        });
    return lines;
  }

  @Override
  public Map<Long, Product> productsByIds(Collection<Long> ids) {
    Map<Long, Product> products = new LinkedHashMap<>();
    query(
        "SELECT id, name, price_cents FROM product WHERE id = ANY (?) ORDER BY id",
        ids,
        rows ->
            products.put(
                rows.getLong("id"),
                new Product(
                    rows.getLong("id"), rows.getString("name"), rows.getInt("price_cents"))));
    return products;
  }

  @Override
  public Map<Long, List<Order>> ordersByCustomerIds(Collection<Long> customerIds) {
    Map<Long, List<Order>> orders = new LinkedHashMap<>();
    query(
        "SELECT id, customer_id, placed_on FROM shop_order WHERE customer_id = ANY (?)"
            + " ORDER BY id",
        customerIds,
        rows -> {
          Order order = order(rows);
          orders.computeIfAbsent(order.customerId(), id -> new ArrayList<>()).add(order);
        });
    return orders;
  }

  private static Order order(ResultSet rows) throws SQLException {
    return new Order(
        rows.getLong("id"), rows.getLong("customer_id"), rows.getDate("placed_on").toString());
  }

  /** One row of a result, read into the caller's collection. */
  private interface RowReader {
    void read(ResultSet rows) throws SQLException;
  }

  private void query(String sql, Collection<Long> ids, RowReader reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      Array array = connection.createArrayOf("bigint", ids.toArray(Long[]::new));
      statement.setArray(1, array);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not run " + sql + " for ids " + ids, e);
    }
  }
}
