package dev.roadmapkit.support.services;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A started database service that hands each test a database of its own. */
abstract sealed class PostgresService permits PostgresService.Real, PostgresService.H2 {

  private static final AtomicLong COUNTER = new AtomicLong();

  abstract DatabaseEngine engine();

  abstract TestDatabase newDatabase();

  /** What the service is, for messages: never includes a password. */
  abstract String description();

  static String uniqueName() {
    return "rk_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
  }

  /** A real PostgreSQL: each test gets an empty schema, dropped afterwards. */
  static final class Real extends PostgresService {
    private final String jdbcUrl;
    private final String description;

    Real(String jdbcUrl, String description) {
      this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
      this.description = description;
    }

    /** Connects once to fail early, with a message naming where it tried. */
    static Real connect(String jdbcUrl, String description) {
      try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
        connection.isValid(5);
      } catch (SQLException e) {
        throw new ServiceStartException(
            "Could not connect to PostgreSQL at "
                + redact(jdbcUrl)
                + " ("
                + description
                + "): "
                + e.getMessage(),
            e);
      }
      return new Real(jdbcUrl, description);
    }

    @Override
    DatabaseEngine engine() {
      return DatabaseEngine.POSTGRESQL;
    }

    @Override
    String description() {
      return description;
    }

    @Override
    TestDatabase newDatabase() {
      String schema = uniqueName();
      execute("CREATE SCHEMA " + schema);
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setURL(jdbcUrl);
      dataSource.setCurrentSchema(schema);
      return new TestDatabase(
          dataSource,
          DatabaseEngine.POSTGRESQL,
          schema,
          () -> execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
    }

    private void execute(String sql) {
      try (Connection connection = DriverManager.getConnection(jdbcUrl);
          Statement statement = connection.createStatement()) {
        statement.execute("SET lock_timeout = '10s'");
        statement.execute(sql);
      } catch (SQLException e) {
        throw new ServiceStartException(
            "PostgreSQL at " + redact(jdbcUrl) + " refused `" + sql + "`: " + e.getMessage(), e);
      }
    }
  }

  /** The embedded default: a fresh in-memory H2 database per test, in PostgreSQL mode. */
  static final class H2 extends PostgresService {
    @Override
    DatabaseEngine engine() {
      return DatabaseEngine.H2;
    }

    @Override
    String description() {
      return "H2 in PostgreSQL mode (embedded default)";
    }

    @Override
    TestDatabase newDatabase() {
      String name = uniqueName();
      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL(
          "jdbc:h2:mem:"
              + name
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
      return new TestDatabase(
          dataSource,
          DatabaseEngine.H2,
          name,
          () -> {
            try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
              statement.execute("SHUTDOWN");
            } catch (SQLException e) {
              throw new IllegalStateException("Could not drop H2 database " + name, e);
            }
          });
    }
  }

  /** A JDBC URL with any password parameter masked, safe to print. */
  static String redact(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
