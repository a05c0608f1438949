package dev.roadmapkit.websecurity.sqlinjection;

// Key idea: a bind parameter (?) sends the value separately from the SQL text, so no value can
// ever change the statement's structure. Identifiers such as an ORDER BY column cannot be bound,
// so they come from an allow-list: the caller names a column, and the SQL text is chosen from a
// fixed map, never copied from the input.

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/** Exercise {@code web-security/sql-injection}: reads products, safely. */
public final class ProductDao {

  private static final Map<SortColumn, String> ORDER_BY =
      Map.of(SortColumn.NAME, "name", SortColumn.PRICE, "price_cents", SortColumn.ID, "id");

  private final DataSource dataSource;

  /** Creates a DAO over the table {@code products(id, name, category, price_cents)}. */
  public ProductDao(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The products whose name is exactly {@code name}. */
  public List<Product> findByName(String name) {
    return query("SELECT id, name, category, price_cents FROM products WHERE name LIKE ?", name);
  }

  /**
   * The products of a category, sorted by the column the caller names ({@code "name"}, {@code
   * "price"} or {@code "id"}, in any case).
   *
   * @throws IllegalArgumentException if {@code sortBy} is not one of those; the message lists them
   */
  public List<Product> findByCategory(String category, String sortBy, boolean ascending) {
    SortColumn column;
    try {
      column = SortColumn.valueOf(sortBy.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "cannot sort by \"" + sortBy + "\"; sortable columns: name, price, id", e);
    }
    return query(
        "SELECT id, name, category, price_cents FROM products WHERE category = ? ORDER BY "
            + ORDER_BY.get(column)
            + (ascending ? " ASC" : " DESC")
            + ", id",
        category);
  }

  private List<Product> query(String sql, String value) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, value);
      try (ResultSet rows = statement.executeQuery()) {
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
      }
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + sql, e);
    }
  }
}
