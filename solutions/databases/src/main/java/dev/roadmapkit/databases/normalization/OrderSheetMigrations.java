package dev.roadmapkit.databases.normalization;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Exercise {@code databases/normalization}: runs the Flyway migrations under {@code
 * db/normalization}. The Java code is given; your task is the migration {@code
 * src/main/resources/db/normalization/V2__third_normal_form.sql}.
 *
 * <p>{@code V1__order_sheet.sql} (given) creates {@code order_sheet}, one row per order line that
 * repeats everything: the order's date, the customer's email, name and city, the product's name and
 * price. Every order number and email is repeated on each line of it, and a product's name and
 * price on every line that sells it, so changing a customer's city means changing many rows, and
 * forgetting one leaves the data contradicting itself.
 *
 * <p>Write V2 so that after it the database holds exactly these four tables (and no {@code
 * order_sheet}), every column {@code NOT NULL}, with the same facts:
 *
 * <pre>
 * customer       (customer_id  primary key, generated: INT GENERATED ALWAYS AS IDENTITY,
 *                 email        unique,
 *                 name, city)
 * product        (sku          primary key,
 *                 name, unit_price_cents)
 * customer_order (order_no     primary key,
 *                 customer_id  foreign key to customer,
 *                 ordered_on)
 * order_line     (order_no     foreign key to customer_order,
 *                 sku          foreign key to product,
 *                 quantity,
 *                 primary key (order_no, sku))
 * </pre>
 *
 * <p>Create the tables, fill them from {@code order_sheet} with {@code INSERT INTO ... SELECT
 * DISTINCT ...} (customers first: orders need their ids), then drop {@code order_sheet}. The SQL
 * must run on PostgreSQL and on H2 in PostgreSQL mode.
 */
public final class OrderSheetMigrations {

  private OrderSheetMigrations() {}

  /** Runs every migration (V1, then yours) on the schema {@code dataSource}'s connections use. */
  public static void migrate(DataSource dataSource) throws SQLException {
    flyway(dataSource, "latest").migrate();
  }

  /** Runs the migrations up to and including {@code version}, e.g. {@code "1"}. */
  public static void migrateTo(DataSource dataSource, String version) throws SQLException {
    flyway(dataSource, version).migrate();
  }

  private static Flyway flyway(DataSource dataSource, String target) throws SQLException {
    String schema;
    try (Connection connection = dataSource.getConnection()) {
      schema = connection.getSchema();
    }
    return Flyway.configure()
        .dataSource(dataSource)
        .schemas(schema)
        .locations("classpath:db/normalization")
        .target(target)
        .load();
  }
}
