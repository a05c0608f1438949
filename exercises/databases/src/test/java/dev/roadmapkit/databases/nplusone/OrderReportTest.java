package dev.roadmapkit.databases.nplusone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.support.services.RealServices;
import dev.roadmapkit.support.sql.SqlStatementCounter;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@RealServices
@DisplayName("databases/n-plus-one: OrderReport")
class OrderReportTest {

  private static final List<String> CUSTOMERS =
      List.of("Ada", "Bruno", "Chen", "Dalia", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jun");
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

  private DataSource database;
  private SqlStatementCounter counter;
  private EntityManagerFactory orm;
  private OrderReport report;
  private final List<OrderSummary> expected = new ArrayList<>();
  private long nextLineId = 1;

  @BeforeEach
  // Hibernate's first bootstrap in a JVM loads a few thousand classes: on a loaded two-core
  // machine it took longer than the default 10 s once (a guard then timed out on the starting
  // code), so the set-up gets more; the tests themselves keep the default.
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void open(DataSource dataSource) throws SQLException {
    database = dataSource;
    counter = SqlStatementCounter.wrap(dataSource);
    orm = OrderDatabase.open(counter.dataSource());
    report = new OrderReport(orm);
    try (Connection connection = database.getConnection();
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO customer (id, name) VALUES (?, ?)")) {
      for (int i = 0; i < CUSTOMERS.size(); i++) {
        insert.setLong(1, i + 1);
        insert.setString(2, CUSTOMERS.get(i));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  @AfterEach
  void close() {
    if (orm != null) {
      orm.close();
    }
  }

  @Test
  @Tag("guard")
  @DisplayName("reports every order once, in id order, with customer, day, line count and total")
  void reportContent() throws SQLException {
    addOrders(1, 100);

    assertThat(report.summaries())
        .as(
            "the report must stay exactly as it was: one OrderSummary per order, ordered by id,"
                + " with the customer's name, the day, the number of lines and the sum of"
                + " quantity * unit price. Fewer queries must not change the answer")
        .containsExactlyElementsOf(expected);
  }

  @Test
  @Tag("guard")
  @DisplayName("an order without lines is still reported, with 0 lines and a total of 0")
  void ordersWithoutLines() throws SQLException {
    addOrders(1, 12);

    List<OrderSummary> summaries = report.summaries();

    assertThat(summaries)
        .as(
            "orders 4, 8 and 12 have no lines; they must still be in the report. An inner `join"
                + " fetch o.lines` drops them: use `left join fetch` for the lines")
        .extracting(OrderSummary::orderId)
        .contains(4L, 8L, 12L)
        .hasSize(12);
    assertThat(summaries)
        .filteredOn(summary -> summary.orderId() % 4 == 0)
        .as("an order without lines has lineCount 0 and totalCents 0")
        .allSatisfy(
            summary -> {
              assertThat(summary.lineCount()).isZero();
              assertThat(summary.totalCents()).isZero();
            });
  }

  @Test
  @DisplayName("100 orders are reported with at most 2 SQL statements")
  void atMostTwoStatements() throws SQLException {
    addOrders(1, 100);
    counter.reset();

    report.summaries();

    assertThat(counter.count())
        .as(
            "summaries() sent these statements to the database for 100 orders:%n%s%nAt most 2"
                + " are allowed. One query for the orders and then one per order's lines and"
                + " one per customer is the N+1 problem. Load the customers and the lines"
                + " together with the orders: `left join fetch` in the query, an entity graph, or"
                + " @BatchSize on the associations",
            counter.summary())
        .isLessThanOrEqualTo(2);
  }

  @Test
  @DisplayName("the number of statements does not grow with the number of orders")
  void constantStatementCount() throws SQLException {
    addOrders(1, 10);
    counter.reset();
    report.summaries();
    int forTenOrders = counter.count();
    String tenOrderSummary = counter.summary();

    addOrders(11, 100);
    counter.reset();
    report.summaries();

    assertThat(counter.count())
        .as(
            "for 10 orders summaries() sent %s%nfor 100 orders it sent %s%nThe number of"
                + " round trips must not depend on the number of orders: fetch what the report"
                + " needs for all orders at once",
            tenOrderSummary, counter.summary())
        .isEqualTo(forTenOrders);
  }

  /** Inserts orders {@code first..last} (each with {@code id % 4} lines) and expects them. */
  private void addOrders(int first, int last) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement order =
            connection.prepareStatement(
                "INSERT INTO customer_order (id, customer_id, placed_on) VALUES (?, ?, ?)");
        PreparedStatement line =
            connection.prepareStatement(
                "INSERT INTO order_line (id, order_id, product, quantity, unit_price_cents)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
      for (int id = first; id <= last; id++) {
        int customer = (id - 1) % CUSTOMERS.size();
        LocalDate day = FIRST_DAY.plusDays(id - 1);
        order.setLong(1, id);
        order.setLong(2, customer + 1);
        order.setDate(3, Date.valueOf(day));
        order.addBatch();
        int lines = id % 4;
        long total = 0;
        for (int k = 1; k <= lines; k++) {
          long unitPrice = 100 + 7L * id + k;
          line.setLong(1, nextLineId++);
          line.setLong(2, id);
          line.setString(3, "P-" + k);
          line.setInt(4, k);
          line.setLong(5, unitPrice);
          line.addBatch();
          total += k * unitPrice;
        }
        expected.add(new OrderSummary(id, CUSTOMERS.get(customer), day, lines, total));
      }
      order.executeBatch();
      line.executeBatch();
    }
  }
}
