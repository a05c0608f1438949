package dev.roadmapkit.databases.normalization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.support.services.RealServices;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@RealServices
@DisplayName("databases/normalization: the order sheet in third normal form")
class ThirdNormalFormTest {

  private static final List<String> TABLES =
      List.of("customer", "customer_order", "order_line", "product");

  private DataSource database;

  @BeforeEach
  void remember(DataSource dataSource) {
    database = dataSource;
  }

  @Test
  @DisplayName("order_sheet is replaced by customer, product, customer_order and order_line")
  void replacesTheSheet() throws SQLException {
    OrderSheetMigrations.migrate(database);

    assertThat(tablesInSchema())
        .as(
            "tables after your migration V2__third_normal_form.sql (besides Flyway's own"
                + " history): expected exactly %s, and order_sheet dropped once its data is"
                + " copied",
            TABLES)
        .containsExactlyElementsOf(TABLES);
  }

  @Test
  @DisplayName("each table has exactly the columns of the design, all NOT NULL")
  void columns() throws SQLException {
    OrderSheetMigrations.migrate(database);
    Map<String, Set<String>> expected = new TreeMap<>();
    expected.put("customer", Set.of("customer_id", "email", "name", "city"));
    expected.put("product", Set.of("sku", "name", "unit_price_cents"));
    expected.put("customer_order", Set.of("order_no", "customer_id", "ordered_on"));
    expected.put("order_line", Set.of("order_no", "sku", "quantity"));

    Map<String, Set<String>> nullable = new TreeMap<>();
    try (Connection connection = database.getConnection()) {
      for (String table : TABLES) {
        Set<String> columns = new TreeSet<>();
        try (ResultSet column =
            connection.getMetaData().getColumns(null, connection.getSchema(), table, null)) {
          while (column.next()) {
            String name = lower(column.getString("COLUMN_NAME"));
            columns.add(name);
            if (column.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls) {
              nullable.computeIfAbsent(table, key -> new TreeSet<>()).add(name);
            }
          }
        }
        assertThat(columns)
            .as(
                "columns of table %s. Each fact belongs to the table of what it describes:"
                    + " a customer's name and city to customer, a product's name and price to"
                    + " product, the date to the order, only the quantity to the line",
                table)
            .containsExactlyInAnyOrderElementsOf(expected.get(table));
      }
    }
    assertThat(nullable)
        .as("columns that allow NULL; every fact of the sheet is required: declare them NOT NULL")
        .isEmpty();
  }

  @Test
  @DisplayName("primary keys: customer_id, sku, order_no, and (order_no, sku) for a line")
  void primaryKeys() throws SQLException {
    OrderSheetMigrations.migrate(database);
    Map<String, List<String>> keys = new TreeMap<>();
    try (Connection connection = database.getConnection()) {
      for (String table : TABLES) {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet key =
            connection.getMetaData().getPrimaryKeys(null, connection.getSchema(), table)) {
          while (key.next()) {
            columns.put(key.getInt("KEY_SEQ"), lower(key.getString("COLUMN_NAME")));
          }
        }
        keys.put(table, new ArrayList<>(columns.values()));
      }
    }

    assertThat(keys)
        .as(
            "primary key of each table, the column(s) that identify a row. A line is"
                + " identified by its order and its product together: PRIMARY KEY (order_no, sku)")
        .containsEntry("customer", List.of("customer_id"))
        .containsEntry("product", List.of("sku"))
        .containsEntry("customer_order", List.of("order_no"))
        .containsEntry("order_line", List.of("order_no", "sku"));
  }

  @Test
  @DisplayName("foreign keys tie orders to customers, and lines to orders and products")
  void foreignKeys() throws SQLException {
    OrderSheetMigrations.migrate(database);
    Set<String> references = new TreeSet<>();
    try (Connection connection = database.getConnection()) {
      for (String table : TABLES) {
        try (ResultSet key =
            connection.getMetaData().getImportedKeys(null, connection.getSchema(), table)) {
          while (key.next()) {
            references.add(
                lower(key.getString("FKTABLE_NAME"))
                    + "."
                    + lower(key.getString("FKCOLUMN_NAME"))
                    + " -> "
                    + lower(key.getString("PKTABLE_NAME"))
                    + "."
                    + lower(key.getString("PKCOLUMN_NAME")));
          }
        }
      }
    }

    assertThat(references)
        .as(
            "foreign keys (REFERENCES) found. Without them the database accepts an order of a"
                + " customer who does not exist, or a line of a product nobody sells")
        .containsExactlyInAnyOrder(
            "customer_order.customer_id -> customer.customer_id",
            "order_line.order_no -> customer_order.order_no",
            "order_line.sku -> product.sku");
  }

  @Test
  @DisplayName("a customer's email is unique")
  void uniqueEmail() throws SQLException {
    OrderSheetMigrations.migrate(database);
    Map<String, List<String>> uniqueIndexes = new TreeMap<>();
    try (Connection connection = database.getConnection();
        ResultSet column =
            connection
                .getMetaData()
                .getIndexInfo(null, connection.getSchema(), "customer", true, false)) {
      while (column.next()) {
        if (column.getString("COLUMN_NAME") != null) {
          uniqueIndexes
              .computeIfAbsent(column.getString("INDEX_NAME"), key -> new ArrayList<>())
              .add(lower(column.getString("COLUMN_NAME")));
        }
      }
    }

    assertThat(uniqueIndexes.values())
        .as(
            "unique constraints on customer, with their columns: %s. The generated customer_id"
                + " is the key, but the email still identifies a customer in the real world:"
                + " declare it UNIQUE, or two rows could describe the same person",
            uniqueIndexes)
        .contains(List.of("email"));
  }

  @Test
  @DisplayName("every fact of the order sheet survived the migration")
  void everyFactSurvived() throws SQLException {
    OrderSheetMigrations.migrateTo(database, "1");
    List<String> sheet =
        rows(
            "SELECT order_no, ordered_on, customer_email, customer_name, customer_city, sku,"
                + " product_name, unit_price_cents, quantity FROM order_sheet");

    OrderSheetMigrations.migrate(database);
    List<String> joined =
        rows(
            "SELECT o.order_no, o.ordered_on, c.email, c.name, c.city, p.sku, p.name,"
                + " p.unit_price_cents, l.quantity"
                + " FROM order_line l"
                + " JOIN customer_order o ON o.order_no = l.order_no"
                + " JOIN customer c ON c.customer_id = o.customer_id"
                + " JOIN product p ON p.sku = l.sku");

    assertThat(joined)
        .as(
            "joining order_line, customer_order, customer and product back together must give"
                + " exactly the %d rows of the old order sheet, no more and no fewer",
            sheet.size())
        .containsExactlyInAnyOrderElementsOf(sheet);
  }

  @Test
  @DisplayName("two customers, or two products, that share a name stay apart")
  void namesakesStayApart() throws SQLException {
    OrderSheetMigrations.migrateTo(database, "1");
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO order_sheet (order_no, ordered_on, customer_email, customer_name,"
              + " customer_city, sku, product_name, unit_price_cents, quantity) VALUES"
              + " (2001, DATE '2024-04-01', 'ana.two@example.com', 'Ana Lima', 'Porto',"
              + " 'TEA-09', 'Green tea', 520, 3)");
    }
    List<String> sheet =
        rows(
            "SELECT order_no, ordered_on, customer_email, customer_name, customer_city, sku,"
                + " product_name, unit_price_cents, quantity FROM order_sheet");

    try {
      OrderSheetMigrations.migrate(database);
    } catch (RuntimeException e) {
      throw new AssertionError(
          "your migration V2 fails once the sheet has a second customer called Ana Lima (another"
              + " email) and a second product called Green tea (another sku): "
              + e.getMessage().lines().findFirst().orElse("")
              + "\nA name identifies nothing: a customer is its email, a product its sku. Make"
              + " rows distinct by, and join on, those keys",
          e);
    }
    List<String> joined =
        rows(
            "SELECT o.order_no, o.ordered_on, c.email, c.name, c.city, p.sku, p.name,"
                + " p.unit_price_cents, l.quantity"
                + " FROM order_line l"
                + " JOIN customer_order o ON o.order_no = l.order_no"
                + " JOIN customer c ON c.customer_id = o.customer_id"
                + " JOIN product p ON p.sku = l.sku");

    assertThat(joined)
        .as(
            "the test added an order of a second Ana Lima (ana.two@example.com, Porto) for a"
                + " second Green tea (TEA-09). Joined back together the tables must give exactly"
                + " the %d rows of the sheet: a customer is found by email and a product by sku,"
                + " never by name",
            sheet.size())
        .containsExactlyInAnyOrderElementsOf(sheet);
  }

  @Test
  @DisplayName("each customer, product and order is stored once")
  void eachFactOnce() throws SQLException {
    OrderSheetMigrations.migrate(database);

    assertThat(
            List.of(
                count("customer"), count("product"), count("customer_order"), count("order_line")))
        .as(
            "rows in customer, product, customer_order, order_line: the sheet has 5 customers,"
                + " 6 products, 8 orders and 13 lines. More means duplicates (SELECT DISTINCT)")
        .containsExactly(5L, 6L, 8L, 13L);
  }

  private Set<String> tablesInSchema() throws SQLException {
    Set<String> tables = new TreeSet<>();
    try (Connection connection = database.getConnection();
        ResultSet table =
            connection.getMetaData().getTables(null, connection.getSchema(), "%", null)) {
      while (table.next()) {
        String type = table.getString("TABLE_TYPE");
        String name = lower(table.getString("TABLE_NAME"));
        if (("TABLE".equals(type) || "BASE TABLE".equals(type))
            && !name.equals("flyway_schema_history")) {
          tables.add(name);
        }
      }
    }
    return tables;
  }

  private List<String> rows(String sql) {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      int columns = row.getMetaData().getColumnCount();
      while (row.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(String.valueOf(row.getObject(i)));
        }
        rows.add(String.join(" | ", values));
      }
    } catch (SQLException e) {
      throw new AssertionError(
          "this query failed: "
              + sql
              + "\n"
              + e.getMessage().lines().findFirst().orElse("").replace("; SQL statement:", "")
              + "\nDoes your migration create the four tables with the columns of the design?",
          e);
    }
    return rows;
  }

  private long count(String table) {
    List<String> result = rows("SELECT count(*) FROM " + table);
    return Long.parseLong(result.get(0));
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
