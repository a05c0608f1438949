package dev.roadmapkit.support.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Runs against whatever this machine resolves: in CI, the real PostgreSQL that .ci/run starts. */
@RealServices
@DisplayName("A DataSource parameter is an empty database of the test's own")
class RealDatabaseTest {

  @Test
  @DisplayName("on a real PostgreSQL each test gets its own empty schema")
  @RequiresPostgres("it checks the schema-per-test set-up of a real server")
  void schemaPerTest(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet schema = statement.executeQuery("SELECT current_schema()")) {
        assertThat(schema.next()).isTrue();
        assertThat(schema.getString(1)).startsWith("rk_");
      }
      statement.execute("CREATE TABLE account (id INT PRIMARY KEY)");
      try (ResultSet tables = statement.executeQuery("SELECT count(*) FROM account")) {
        tables.next();
        assertThat(tables.getInt(1)).isZero();
      }
    }
  }

  @Test
  @DisplayName("the same table name in another test starts empty again")
  void anotherTestSameTable(DataSource dataSource, DatabaseEngine engine) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE account (id INT PRIMARY KEY)");
      statement.execute("INSERT INTO account VALUES (1)");
    }
    assertThat(engine).isNotNull();
  }

  @Test
  @DisplayName("two DataSource parameters of one test are the same database")
  void sameDatabaseWithinATest(DataSource first, DataSource second) throws SQLException {
    try (Connection connection = first.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE shared (id INT)");
    }
    try (Connection connection = second.getConnection();
        ResultSet tables =
            connection.createStatement().executeQuery("SELECT count(*) FROM shared")) {
      assertThat(tables.next()).isTrue();
    }
  }
}
