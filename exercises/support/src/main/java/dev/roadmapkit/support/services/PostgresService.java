package dev.roadmapkit.support.services;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
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
    /** Connections one test database may have open at once. */
    static final int POOL_SIZE = 20;

    /** How long getConnection() waits when all {@link #POOL_SIZE} are in use. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

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
      PGSimpleDataSource connections = new PGSimpleDataSource();
      connections.setURL(jdbcUrl);
      connections.setCurrentSchema(schema);
      HikariDataSource pool = pool(connections, schema);
      return new TestDatabase(
          pool,
          DatabaseEngine.POSTGRESQL,
          schema,
          () -> {
            // Aborts connections the test left open, so that their locks cannot hold up the drop.
            pool.close();
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
          });
    }

    /**
     * A pool over the schema's connections. PostgreSQL starts a server process for every new
     * connection, tens of milliseconds, which code that opens a connection per operation (as
     * exercises do, to keep transactions visible) would pay every time. The pool resets what JDBC
     * setters change (auto-commit, isolation level, read-only) when a connection comes back, and
     * rolls back a transaction left open, as closing a real connection would. It is large enough
     * for every concurrent test; when it runs dry, code is not closing its connections.
     */
    static HikariDataSource pool(DataSource connections, String schema) {
      return pool(connections, schema, POOL_SIZE, CONNECTION_TIMEOUT);
    }

    static HikariDataSource pool(
        DataSource connections, String schema, int size, Duration connectionTimeout) {
      HikariConfig config = new HikariConfig();
      config.setDataSource(connections);
      // The pool's name starts the message of the exception a starved getConnection() throws.
      config.setPoolName(
          "test database "
              + schema
              + " (all "
              + size
              + " connections are in use: close each one you open, with try-with-resources)");
      config.setMaximumPoolSize(size);
      config.setMinimumIdle(0);
      config.setConnectionTimeout(connectionTimeout.toMillis());
      // No connection before the test asks for one: the service was checked when it started.
      config.setInitializationFailTimeout(-1);
      return new HikariDataSource(config);
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

  /** Where no embedded PostgreSQL runs: a fresh in-memory H2 database per test, PostgreSQL mode. */
  static final class H2 extends PostgresService {
    @Override
    DatabaseEngine engine() {
      return DatabaseEngine.H2;
    }

    @Override
    String description() {
      return "H2 in PostgreSQL mode (no embedded PostgreSQL for "
          + EmbeddedServers.platform()
          + ")";
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
