package dev.roadmapkit.databases.indexes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.roadmapkit.support.services.DatabaseEngine;
import dev.roadmapkit.support.services.RealServices;
import dev.roadmapkit.support.services.RequiresPostgres;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One database for the whole class, migrated once: generating 100,000 rows per test would be slow,
 * and every test only reads.
 */
@RealServices
@DisplayName("databases/indexes: an index for a customer's latest purchases")
class RecentPurchasesIndexTest {

  private static final int ROWS = 100_000;
  private static final LocalDateTime FIRST_MINUTE = LocalDateTime.of(2024, 1, 1, 0, 0);

  private static DataSource database;

  @BeforeAll
  @Timeout(60)
  static void migrate(DataSource dataSource, DatabaseEngine engine) throws SQLException {
    database = dataSource;
    PurchaseHistory.migrate(dataSource);
    if (engine == DatabaseEngine.POSTGRESQL) {
      // Fresh statistics, as autovacuum would gather them in production a little later.
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("ANALYZE purchase");
      }
    }
  }

  @Test
  @RequiresPostgres("it reads PostgreSQL's query plan (EXPLAIN)")
  @DisplayName("the plan finds the customer's purchases through an index, not a full table scan")
  void usesAnIndexToFindTheCustomer() throws SQLException {
    String plan = explain(42, 10);

    if (plan.contains("Seq Scan") || !plan.contains("Index Cond: (customer_id = ")) {
      fail(
          "PostgreSQL's plan for the latest purchases of customer 42 is:%n%s%nIt must not read"
              + " the whole table (Seq Scan): create an index whose first column is the one in"
              + " the WHERE clause, so that the plan shows `Index Cond: (customer_id = ...)`. An"
              + " index that only serves the ORDER BY still walks through every customer's"
              + " purchases and filters them (`Filter:`)",
          plan);
    }
  }

  @Test
  @RequiresPostgres("it reads PostgreSQL's query plan (EXPLAIN)")
  @DisplayName("the plan reads the purchases already in placed_at order: no Sort step")
  void readsInOrderWithoutSorting() throws SQLException {
    String plan = explain(42, 10);

    if (plan.contains("Sort")) {
      fail(
          "PostgreSQL's plan for the latest purchases of customer 42 is:%n%s%nIt has a Sort"
              + " step: the rows come out of the table or the index in the wrong order. A B-tree"
              + " index keeps its entries sorted by its columns: with customer_id first and"
              + " placed_at second, one customer's entries lie next to each other already"
              + " ordered by time, and PostgreSQL can read the newest ten backwards and stop",
          plan);
    }
  }

  @Test
  @DisplayName("your migration V2 creates an index on (customer_id, placed_at, ...)")
  void migrationCreatesTheIndex() throws SQLException {
    Map<String, List<String>> indexes = indexesOfPurchase();

    boolean found =
        indexes.values().stream()
            .anyMatch(
                columns ->
                    columns.size() >= 2
                        && columns.get(0).equals("customer_id")
                        && columns.get(1).equals("placed_at"));
    if (!found) {
      fail(
          "the indexes on table purchase after the migrations are, with their columns in order:"
              + " %s. Expected one more, from V2__index_for_recent_purchases.sql, that starts"
              + " with the column the query filters on (WHERE customer_id = ?) followed by the"
              + " one it sorts on (ORDER BY placed_at). Column order matters: an index is sorted"
              + " by its first column, then by the second",
          indexes);
    }
  }

  @Test
  @Tag("guard")
  @DisplayName("the query's results stay the same, newest first")
  void resultsUnchanged() throws SQLException {
    PurchaseHistory history = new PurchaseHistory(database);

    assertThat(history.recentPurchases(42, 10))
        .as("the 10 latest purchases of customer 42: an index must not change the answer")
        .containsExactlyElementsOf(expectedLatest(42, 10));
    assertThat(history.recentPurchases(2000, 3)).containsExactlyElementsOf(expectedLatest(2000, 3));
    assertThat(history.recentPurchases(2001, 10)).as("there is no customer 2001").isEmpty();
    assertThat(countRows()).as("the migrations must keep all rows").isEqualTo(ROWS);
  }

  /** The latest purchases of a customer, computed from how V1 generates the rows. */
  private static List<Purchase> expectedLatest(long customer, int limit) {
    List<Purchase> latest = new ArrayList<>();
    for (long n = ROWS; n >= 1 && latest.size() < limit; n--) {
      if ((n * 7919) % 2000 + 1 == customer) {
        latest.add(new Purchase(n, FIRST_MINUTE.plusMinutes(n), (int) ((n * 31) % 10000 + 100)));
      }
    }
    return latest;
  }

  private static String explain(long customer, int limit) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement explain =
            connection.prepareStatement("EXPLAIN " + PurchaseHistory.RECENT_PURCHASES_SQL)) {
      explain.setLong(1, customer);
      explain.setInt(2, limit);
      StringBuilder plan = new StringBuilder();
      try (ResultSet line = explain.executeQuery()) {
        while (line.next()) {
          plan.append(line.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  /** Index name to its columns in order, as JDBC's metadata reports them. */
  private static Map<String, List<String>> indexesOfPurchase() throws SQLException {
    Map<String, List<String>> indexes = new TreeMap<>();
    try (Connection connection = database.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      try (ResultSet column =
          metaData.getIndexInfo(null, connection.getSchema(), "purchase", false, false)) {
        while (column.next()) {
          String index = column.getString("INDEX_NAME");
          String name = column.getString("COLUMN_NAME");
          if (index != null && name != null) {
            List<String> columns = indexes.computeIfAbsent(index, key -> new ArrayList<>());
            int position = column.getInt("ORDINAL_POSITION");
            while (columns.size() < position) {
              columns.add("?");
            }
            columns.set(position - 1, name.toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
    }
    return indexes;
  }

  private static long countRows() throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT count(*) FROM purchase")) {
      row.next();
      return row.getLong(1);
    }
  }
}
