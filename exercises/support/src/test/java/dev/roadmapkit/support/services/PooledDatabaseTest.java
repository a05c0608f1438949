package dev.roadmapkit.support.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@RealServices
@DisplayName("A PostgreSQL test database pools its connections without changing what code sees")
class PooledDatabaseTest {

  @Test
  @RequiresPostgres("it checks the connection pool of a real server's test database")
  @DisplayName("a connection is reused, and comes back as a new one would be")
  void reusedAndReset(DataSource dataSource) throws SQLException {
    int firstProcess;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE note (id INT)");
      firstProcess = backendPid(connection);
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
      connection.setReadOnly(false);
      statement.execute("INSERT INTO note VALUES (1)");
      // closed without a commit
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM note")) {
      assertThat(backendPid(connection))
          .as("the same server process: no new connection to pay for")
          .isEqualTo(firstProcess);
      assertThat(connection.getAutoCommit()).as("auto-commit is on again").isTrue();
      assertThat(connection.getTransactionIsolation())
          .as("the default isolation level again")
          .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
      rows.next();
      assertThat(rows.getInt(1)).as("the transaction left open was rolled back").isZero();
    }
  }

  @Test
  @DisplayName("closing a test database drops its schema even while code still holds a connection")
  void closeAbortsLeakedConnections() throws SQLException {
    // A real PostgreSQL: the environment's URL, else the embedded one.
    try (ServiceRegistry registry =
        new ServiceRegistry(
            new ServiceEnvironment(
                ServiceEnvironment.system().variables(),
                () -> false,
                name -> Optional.empty(),
                EmbeddedServers::available))) {
      assumeThat(registry.plannedEngine())
          .as("needs a real PostgreSQL: %s", registry.plan(ServiceKind.POSTGRES).describe())
          .isEqualTo(DatabaseEngine.POSTGRESQL);
      TestDatabase database = registry.newDatabase();
      Connection leaked = database.dataSource().getConnection();
      try (Statement statement = leaked.createStatement()) {
        statement.execute("CREATE TABLE locked (id INT)");
        leaked.setAutoCommit(false);
        statement.execute("LOCK TABLE locked IN ACCESS EXCLUSIVE MODE");
      }

      database.close();

      try (TestDatabase other = registry.newDatabase();
          Connection connection = other.dataSource().getConnection();
          Statement statement = connection.createStatement();
          ResultSet schemas =
              statement.executeQuery(
                  "SELECT count(*) FROM information_schema.schemata WHERE schema_name = '"
                      + database.name()
                      + "'")) {
        schemas.next();
        assertThat(schemas.getInt(1)).as("schema %s was dropped", database.name()).isZero();
      }
      assertThatThrownBy(() -> leaked.createStatement().execute("SELECT 1"))
          .as("the leaked connection was aborted")
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  @DisplayName("a pool that runs dry says to close connections")
  void starvedPoolSaysWhy(DataSource dataSource) throws SQLException {
    try (var pool = PostgresService.Real.pool(dataSource, "rk_tiny", 1, Duration.ofMillis(250));
        Connection held = pool.getConnection()) {
      assertThat(held.isValid(1)).isTrue();
      assertThatThrownBy(pool::getConnection)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("all 1 connections are in use")
          .hasMessageContaining("close each one you open, with try-with-resources");
    }
  }

  private static int backendPid(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
      pid.next();
      return pid.getInt(1);
    }
  }
}
