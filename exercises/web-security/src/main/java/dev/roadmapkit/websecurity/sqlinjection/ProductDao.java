package dev.roadmapkit.websecurity.sqlinjection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Exercise {@code web-security/sql-injection} (a fix): this DAO works for well-behaved input and
 * hands the database to anyone who sends a quote.
 *
 * <p>Both methods build SQL by concatenating what the caller sent. A name such as {@code ' OR
 * '1'='1} returns every product; {@code ' UNION SELECT ...} reads other tables; {@code '; DROP
 * TABLE ...} runs a second statement. Fix it without changing what the methods return for normal
 * input (the tests tagged {@code guard} keep that):
 *
 * <ul>
 *   <li>Values go to the database as bind parameters: {@code connection.prepareStatement(sql)} with
 *       {@code ?} in the SQL and {@code setString(1, value)}. No {@code java.sql.Statement}, no
 *       input in the SQL text.
 *   <li>A column name cannot be a bind parameter. {@code sortBy} must be one of {@code name},
 *       {@code price} or {@code id} (any case; see {@link SortColumn}), and the SQL text for it is
 *       taken from a fixed allow-list; anything else is an {@link IllegalArgumentException} whose
 *       message lists the sortable columns.
 * </ul>
 */
public final class ProductDao {

  private final DataSource dataSource;

  /** Creates a DAO over the table {@code products(id, name, category, price_cents)}. */
  public ProductDao(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The products whose name is exactly {@code name}. */
  public List<Product> findByName(String name) {
    return query(
        "SELECT id, name, category, price_cents FROM products WHERE name = '" + name + "'");
  }

  /**
   * The products of a category, sorted by the column the caller names ({@code "name"}, {@code
   * "price"} or {@code "id"}, in any case).
   *
   * @throws IllegalArgumentException if {@code sortBy} is not one of those; the message lists them
   */
  public List<Product> findByCategory(String category, String sortBy, boolean ascending) {
    String column = sortBy.equalsIgnoreCase("price") ? "price_cents" : sortBy;
    return query(
        "SELECT id, name, category, price_cents FROM products WHERE category = '"
            + category
            + "' ORDER BY "
            + column
            + (ascending ? " ASC" : " DESC")
            + ", id");
  }

  private List<Product> query(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<Product> products = new ArrayList<>();
      while (rows.next()) {
        products.add(
            new Product(
                rows.getLong("id"),
                rows.getString("name"),
                rows.getString("category"),
                rows.getLong("price_cents")));
      }
      return products;
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + sql, e);
    }
  }
}
