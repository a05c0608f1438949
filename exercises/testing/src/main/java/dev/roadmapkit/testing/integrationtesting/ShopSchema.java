package dev.roadmapkit.testing.integrationtesting;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The shop's schema, as one migration: apply it to an empty database (in a test, to the empty
 * schema each test gets) before using {@link CustomerRepository} or {@link OrderRepository}.
 */
public final class ShopSchema {

  /**
   * The migration. What the repositories rely on: a customer's email is unique ignoring the
   * letters' case (a unique index on {@code lower(email)}); an order's time is a {@code
   * timestamptz}, an instant; an order's lines are numbered from 1, and a line's quantity is at
   * least 1 and its price at least 0, checked by the database.
   */
  public static final String MIGRATION =
      """
      CREATE TABLE customer (
        id    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name  TEXT NOT NULL,
        email TEXT NOT NULL
      );
      CREATE UNIQUE INDEX customer_email_unique ON customer (lower(email));
      CREATE TABLE purchase_order (
        id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        customer_id BIGINT NOT NULL REFERENCES customer (id),
        placed_at   TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE order_line (
        order_id         BIGINT NOT NULL REFERENCES purchase_order (id),
        line_no          INT NOT NULL CHECK (line_no > 0),
        sku              TEXT NOT NULL,
        unit_price_cents BIGINT NOT NULL CHECK (unit_price_cents >= 0),
        quantity         INT NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (order_id, line_no)
      );
      """;

  private ShopSchema() {}

  /**
   * Creates the shop's tables in the data source's current schema.
   *
   * @param dataSource an empty database or schema
   * @throws SQLException if the database refuses the migration (the tables exist already, say)
   */
  public static void apply(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(MIGRATION);
    }
  }
}
