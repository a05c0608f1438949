package dev.roadmapkit.databases.sqlqueries;

import static org.assertj.core.api.Assertions.fail;

import dev.roadmapkit.support.services.RealServices;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@RealServices
@DisplayName("databases/sql-queries: your SQL files against the shop")
class ShopQueriesTest {

  private ShopDatabase shop;
  private DataSource dataSource;

  @BeforeEach
  void createShop(DataSource dataSource) throws SQLException {
    this.dataSource = dataSource;
    shop = ShopDatabase.create(dataSource);
  }

  /** Adds rows to the shop for one test, to show a case the shop's own rows do not have. */
  private void add(String... inserts) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String insert : inserts) {
        statement.execute(insert);
      }
    }
  }

  @Test
  @DisplayName("01_march_order_lines.sql: inner joins over four tables and a date range")
  void marchOrderLines() {
    expectMarchOrderLines(
        "an order placed on 31 March belongs to March; the orders of 27 February and of April"
            + " do not. Join orders to customer, order_line and product on their keys");
  }

  @Test
  @DisplayName("01_march_order_lines.sql: an order of 1 April is not a March order")
  void marchEndsBeforeTheFirstOfApril() throws SQLException {
    add(
        "INSERT INTO orders (id, customer_id, placed_on) VALUES (100, 2, DATE '2024-04-01')",
        "INSERT INTO order_line (order_id, product_id, quantity) VALUES (100, 1, 5)");

    expectMarchOrderLines(
        "the test added order 100, placed on 2024-04-01 at midnight, which is April: March is"
            + " placed_on >= 1 March AND placed_on < 1 April (a half-open range), not <= 1 April");
  }

  private void expectMarchOrderLines(String hint) {
    expect(
        "01_march_order_lines.sql",
        hint,
        columns("order_id", "placed_on", "customer", "product", "quantity"),
        row(2, "2024-03-01", "Ben", "Black tea", 3),
        row(2, "2024-03-01", "Ben", "Shortbread", 2),
        row(3, "2024-03-03", "Ana", "Almonds", 1),
        row(3, "2024-03-03", "Ana", "Matcha", 1),
        row(4, "2024-03-03", "Chloe", "Green tea", 1),
        row(4, "2024-03-03", "Chloe", "Shortbread", 4),
        row(4, "2024-03-03", "Chloe", "Teapot", 1),
        row(5, "2024-03-15", "Dev", "Kettle", 1),
        row(6, "2024-03-20", "Ben", "Black tea", 2),
        row(6, "2024-03-20", "Ben", "Green tea", 4),
        row(7, "2024-03-31", "Eli", "Almonds", 6),
        row(7, "2024-03-31", "Eli", "Oolong tea", 2),
        row(7, "2024-03-31", "Eli", "Stoneware mug", 2));
  }

  @Test
  @DisplayName("02_customer_totals.sql: LEFT JOIN keeps a customer without orders; GROUP BY")
  void customerTotals() {
    expect(
        "02_customer_totals.sql",
        "an inner JOIN drops Fay, who never ordered: use LEFT JOIN. COUNT(*) counts the joined"
            + " lines, not the orders: COUNT(DISTINCT o.id). A SUM over no rows is NULL:"
            + " COALESCE(..., 0)",
        columns("customer", "orders", "spent_cents"),
        row("Dev", 2, 10500),
        row("Chloe", 2, 9100),
        row("Eli", 1, 8440),
        row("Ana", 3, 4850),
        row("Ben", 2, 4450),
        row("Fay", 0, 0));
  }

  @Test
  @DisplayName("02_customer_totals.sql: two customers who share a name are two rows")
  void customerTotalsKeepNamesakesApart() throws SQLException {
    add(
        "INSERT INTO customer (id, name, city) VALUES (100, 'Ana', 'Porto')",
        "INSERT INTO orders (id, customer_id, placed_on) VALUES (100, 100, DATE '2024-04-10')",
        "INSERT INTO order_line (order_id, product_id, quantity) VALUES (100, 1, 2)");

    expect(
        "02_customer_totals.sql",
        "the test added a second customer called Ana (id 100, from Porto) with one order of 900"
            + " cents. She is not the Ana of Lisbon: group by the customer's key, GROUP BY c.id,"
            + " c.name, so the two Anas are two rows, not one row with both totals added up",
        columns("customer", "orders", "spent_cents"),
        row("Dev", 2, 10500),
        row("Chloe", 2, 9100),
        row("Eli", 1, 8440),
        row("Ana", 3, 4850),
        row("Ben", 2, 4450),
        row("Ana", 1, 900),
        row("Fay", 0, 0));
  }

  @Test
  @DisplayName("03_category_revenue.sql: a category with exactly 10000 of revenue is kept")
  void categoryRevenueKeepsTheThreshold() throws SQLException {
    add(
        "INSERT INTO product (id, name, category, price_cents) VALUES (100, 'Gift box', 'gift',"
            + " 5000)",
        "INSERT INTO orders (id, customer_id, placed_on) VALUES (100, 6, DATE '2024-04-10')",
        "INSERT INTO order_line (order_id, product_id, quantity) VALUES (100, 100, 2)");

    expect(
        "03_category_revenue.sql",
        "the test added a category gift whose revenue is exactly 10000 cents; the task keeps"
            + " the categories with a revenue of at least 10000, so gift is in (>=, not >)",
        columns("category", "units", "revenue_cents"),
        row("ware", 7, 18000),
        row("tea", 18, 11290),
        row("gift", 2, 10000));
  }

  @Test
  @DisplayName("03_category_revenue.sql: aggregates per category, filtered with HAVING")
  void categoryRevenue() {
    expect(
        "03_category_revenue.sql",
        "group the order lines by the product's category; keep only the groups whose revenue is"
            + " at least 10000 with HAVING (WHERE runs before grouping and cannot see sums)",
        columns("category", "units", "revenue_cents"),
        row("ware", 7, 18000),
        row("tea", 18, 11290));
  }

  @Test
  @DisplayName("04_running_totals.sql: a running total per customer with SUM() OVER")
  void runningTotals() {
    expect(
        "04_running_totals.sql",
        "first one row per order with its total (GROUP BY in a subquery or WITH), then"
            + " SUM(order_cents) OVER (PARTITION BY the customer ORDER BY placed_on, order_id)",
        columns("customer", "order_id", "placed_on", "order_cents", "running_cents"),
        row("Ana", 1, "2024-02-27", 2100, 2100),
        row("Ana", 3, "2024-03-03", 2300, 4400),
        row("Ana", 8, "2024-04-02", 450, 4850),
        row("Ben", 2, "2024-03-01", 1870, 1870),
        row("Ben", 6, "2024-03-20", 2580, 4450),
        row("Chloe", 4, "2024-03-03", 5750, 5750),
        row("Chloe", 9, "2024-04-05", 3350, 9100),
        row("Dev", 5, "2024-03-15", 5400, 5400),
        row("Dev", 10, "2024-04-09", 5100, 10500),
        row("Eli", 7, "2024-03-31", 8440, 8440));
  }

  @Test
  @DisplayName("04_running_totals.sql: two orders of a customer on the same day add up one by one")
  void runningTotalsOrderSameDayOrdersById() throws SQLException {
    add(
        "INSERT INTO orders (id, customer_id, placed_on) VALUES (100, 6, DATE '2024-04-10'),"
            + " (101, 6, DATE '2024-04-10')",
        "INSERT INTO order_line (order_id, product_id, quantity) VALUES (100, 1, 1), (101, 2, 1)");

    expect(
        "04_running_totals.sql",
        "the test gave Fay two orders on the same day, 100 (450 cents) and 101 (390 cents)."
            + " Ordered by placed_on alone, both are peers of the window and both get 840; the"
            + " running total must grow one order at a time: ORDER BY placed_on, order_id",
        columns("customer", "order_id", "placed_on", "order_cents", "running_cents"),
        row("Ana", 1, "2024-02-27", 2100, 2100),
        row("Ana", 3, "2024-03-03", 2300, 4400),
        row("Ana", 8, "2024-04-02", 450, 4850),
        row("Ben", 2, "2024-03-01", 1870, 1870),
        row("Ben", 6, "2024-03-20", 2580, 4450),
        row("Chloe", 4, "2024-03-03", 5750, 5750),
        row("Chloe", 9, "2024-04-05", 3350, 9100),
        row("Dev", 5, "2024-03-15", 5400, 5400),
        row("Dev", 10, "2024-04-09", 5100, 10500),
        row("Eli", 7, "2024-03-31", 8440, 8440),
        row("Fay", 100, "2024-04-10", 450, 450),
        row("Fay", 101, "2024-04-10", 390, 840));
  }

  @Test
  @DisplayName(
      "05_above_category_average.sql: a product priced exactly at the average is not above it")
  void exactlyAverageIsNotAbove() throws SQLException {
    add(
        "INSERT INTO product (id, name, category, price_cents) VALUES (100, 'Card', 'gift', 1000),"
            + " (101, 'Candle', 'gift', 2000), (102, 'Hamper', 'gift', 3000)");

    expect(
        "05_above_category_average.sql",
        "the test added a category gift priced 1000, 2000 and 3000, whose average is 2000. The"
            + " Candle costs exactly the average, which is not above it: compare with >, not >=",
        columns("category", "product", "price_cents"),
        row("gift", "Hamper", 3000),
        row("snack", "Almonds", 800),
        row("tea", "Matcha", 1500),
        row("ware", "Kettle", 5400),
        row("ware", "Teapot", 3900));
  }

  @Test
  @DisplayName("05_above_category_average.sql: a correlated subquery per product")
  void aboveCategoryAverage() {
    expect(
        "05_above_category_average.sql",
        "compare each product's price with (SELECT AVG(price_cents) FROM product other WHERE"
            + " other.category = p.category): the average of its own category, not of all"
            + " products",
        columns("category", "product", "price_cents"),
        row("snack", "Almonds", 800),
        row("tea", "Matcha", 1500),
        row("ware", "Kettle", 5400),
        row("ware", "Teapot", 3900));
  }

  @Test
  @DisplayName("06_best_seller_per_category.sql: RANK() per category, ties included")
  void bestSellerPerCategory() {
    expect(
        "06_best_seller_per_category.sql",
        "in snack, Almonds and Shortbread both sold 7 units and must both be listed: rank the"
            + " products of each category with RANK() OVER (PARTITION BY category ORDER BY units"
            + " DESC) in a subquery, and keep rank 1 outside it",
        columns("category", "product", "units"),
        row("snack", "Almonds", 7),
        row("snack", "Shortbread", 7),
        row("tea", "Green tea", 8),
        row("ware", "Stoneware mug", 4));
  }

  /** Runs the file and fails with the first difference, if any. */
  private void expect(String file, String hint, List<String> columns, List<?>... rows) {
    ShopDatabase.Result actual = shop.run(file);
    String where = "src/main/resources/" + ShopDatabase.FOLDER + file;
    if (!actual.columns().equals(columns)) {
      fail(
          "%s must return the columns %s, in this order and with these names (rename with AS),"
              + " but it returned %s.%nHint: %s",
          where, columns, actual.columns(), hint);
    }
    List<List<String>> expected = new ArrayList<>();
    for (List<?> row : rows) {
      expected.add(row.stream().map(ShopDatabase::text).toList());
    }
    for (int i = 0; i < Math.max(expected.size(), actual.rows().size()); i++) {
      String wanted = i < expected.size() ? expected.get(i).toString() : "no more rows";
      String got = i < actual.rows().size() ? actual.rows().get(i).toString() : "no more rows";
      if (!wanted.equals(got)) {
        fail(
            "%s returned %d rows, expected %d. The first difference is row %d:%n"
                + "  expected %s%n"
                + "  but was  %s%n"
                + "Columns: %s. Hint: %s",
            where, actual.rows().size(), expected.size(), i + 1, wanted, got, columns, hint);
      }
    }
  }

  private static List<String> columns(String... names) {
    return List.of(names);
  }

  private static List<?> row(Object... values) {
    return Arrays.asList(values);
  }
}
