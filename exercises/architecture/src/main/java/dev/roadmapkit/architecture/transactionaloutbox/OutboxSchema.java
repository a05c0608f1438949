package dev.roadmapkit.architecture.transactionaloutbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Creates the tables of the exercise. Given. The SQL runs on PostgreSQL and on H2 in PostgreSQL
 * mode.
 *
 * <pre>
 * orders              id (primary key), customer, total_cents, placed_at
 * outbox              id (generated, increasing), aggregate_id, type, payload, created_at,
 *                     published_at (NULL until the relay has published the message)
 * shipments           id (generated), order_id: what the consumer does with an OrderPlaced event
 * processed_messages  message_id (primary key): the outbox ids the consumer has handled
 * </pre>
 */
public final class OutboxSchema {

  private static final String[] STATEMENTS = {
    "CREATE TABLE orders ("
        + " id VARCHAR(64) PRIMARY KEY,"
        + " customer VARCHAR(200) NOT NULL,"
        + " total_cents BIGINT NOT NULL,"
        + " placed_at TIMESTAMP WITH TIME ZONE NOT NULL)",
    "CREATE TABLE outbox ("
        + " id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
        + " aggregate_id VARCHAR(64) NOT NULL,"
        + " type VARCHAR(100) NOT NULL,"
        + " payload VARCHAR(4000) NOT NULL,"
        + " created_at TIMESTAMP WITH TIME ZONE NOT NULL,"
        + " published_at TIMESTAMP WITH TIME ZONE)",
    "CREATE TABLE shipments ("
        + " id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
        + " order_id VARCHAR(64) NOT NULL)",
    "CREATE TABLE processed_messages (message_id BIGINT PRIMARY KEY)"
  };

  private OutboxSchema() {}

  /**
   * Creates the four tables in the (empty) database.
   *
   * @throws StorageException if the database refuses
   */
  public static void create(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : STATEMENTS) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new StorageException("could not create the outbox schema: " + e.getMessage(), e);
    }
  }
}
