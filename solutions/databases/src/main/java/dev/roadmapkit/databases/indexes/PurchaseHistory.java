package dev.roadmapkit.databases.indexes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Exercise {@code databases/indexes}: the purchase history of a shop, 100,000 rows in table {@code
 * purchase (id, customer_id, placed_at, total_cents)}, and the query behind the page "your latest
 * purchases": {@link #RECENT_PURCHASES_SQL}.
 *
 * <p>The Java code is given and stays as it is. The table has no index but its primary key, so
 * PostgreSQL answers the query by reading all 100,000 rows (a {@code Seq Scan}) and sorting the
 * customer's purchases: fine for one request, a problem for thousands per second.
 *
 * <p>Your task is SQL: write the migration {@code
 * src/main/resources/db/indexes/V2__index_for_recent_purchases.sql} that creates the index that
 * lets PostgreSQL find the customer's rows directly <em>and</em> read them already in the order the
 * query wants, so that the plan has an {@code Index Scan} and no {@code Sort}. Migrations run with
 * Flyway in version order: {@code V1__purchases.sql} (given) creates and fills the table; yours
 * runs after it. The results of the query must not change.
 */
public final class PurchaseHistory {

  /** The customer's latest purchases, newest first: parameters customer id and limit. */
  public static final String RECENT_PURCHASES_SQL =
      "SELECT id, placed_at, total_cents FROM purchase WHERE customer_id = ?"
          + " ORDER BY placed_at DESC LIMIT ?";

  private final DataSource dataSource;

  /** A history over a database that {@link #migrate} has prepared. */
  public PurchaseHistory(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Runs the migrations under {@code db/indexes} (V1, then yours) on the schema {@code
   * dataSource}'s connections use.
   */
  public static void migrate(DataSource dataSource) throws SQLException {
    String schema;
    try (Connection connection = dataSource.getConnection()) {
      schema = connection.getSchema();
    }
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(schema)
        .locations("classpath:db/indexes")
        .load()
        .migrate();
  }

  /** The {@code limit} latest purchases of {@code customerId}, newest first. */
  public List<Purchase> recentPurchases(long customerId, int limit) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(RECENT_PURCHASES_SQL)) {
      query.setLong(1, customerId);
      query.setInt(2, limit);
      List<Purchase> purchases = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          purchases.add(
              new Purchase(
                  row.getLong("id"),
                  row.getTimestamp("placed_at").toLocalDateTime(),
                  row.getInt("total_cents")));
        }
      }
      return purchases;
    }
  }
}
