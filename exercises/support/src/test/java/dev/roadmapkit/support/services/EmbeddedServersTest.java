package dev.roadmapkit.support.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The embedded path, run for real with no URL, no Docker and nothing on the PATH, as on a learner's
 * first day. CI sets the URLs for the kit build, so these tests are where the embedded servers run
 * in every CI run.
 */
@DisplayName("Without a URL, Docker or a redis-server, the embedded servers are real")
class EmbeddedServersTest {

  private static ServiceRegistry registry;

  @BeforeAll
  static void bareMachine() {
    registry =
        new ServiceRegistry(
            new ServiceEnvironment(
                Map.of(), () -> false, name -> Optional.empty(), EmbeddedServers::available));
  }

  @AfterAll
  static void stop() {
    registry.close();
  }

  private static void assumeBinaries(ServiceKind kind) {
    boolean required =
        ServiceEnvironment.system().servicesRequired()
            && System.getProperty("os.arch", "").matches("amd64|x86_64");
    if (!required) {
      assumeThat(EmbeddedServers.available(kind))
          .as("no embedded %s binary for %s", kind.displayName(), EmbeddedServers.platform())
          .isTrue();
    }
  }

  @Test
  @DisplayName("PostgreSQL 15 starts from its Maven artifact and hands out databases of their own")
  void embeddedPostgres() throws SQLException {
    assumeBinaries(ServiceKind.POSTGRES);
    assertThat(registry.plan(ServiceKind.POSTGRES))
        .isEqualTo(new ServicePlan.EmbeddedPostgres(ServiceKind.POSTGRES));
    assertThat(registry.plannedEngine()).isEqualTo(DatabaseEngine.POSTGRESQL);
    try (TestDatabase first = registry.newDatabase();
        TestDatabase second = registry.newDatabase()) {
      try (Connection connection = first.dataSource().getConnection();
          Statement statement = connection.createStatement();
          ResultSet version = statement.executeQuery("SHOW server_version")) {
        version.next();
        assertThat(version.getString(1))
            .as("the embedded major must be CI's and the Testcontainers image's")
            .startsWith(EmbeddedServers.POSTGRES_MAJOR + ".");
        statement.execute("CREATE TABLE note (id SERIAL PRIMARY KEY, body TEXT)");
      }
      try (Connection connection = second.dataSource().getConnection();
          ResultSet tables =
              connection.getMetaData().getTables(null, second.name(), "note", null)) {
        assertThat(tables.next()).as("a table made in one test is not seen by another").isFalse();
      }
    }
  }

  @Test
  @DisplayName("it refuses write skew under SERIALIZABLE, which H2 commits: PostgreSQL's semantics")
  void serializableIsReal() throws SQLException {
    assumeBinaries(ServiceKind.POSTGRES);
    try (TestDatabase database = registry.newDatabase()) {
      try (Connection setup = database.dataSource().getConnection();
          Statement statement = setup.createStatement()) {
        statement.execute("CREATE TABLE doctor (name TEXT PRIMARY KEY, on_call BOOLEAN)");
        statement.execute("INSERT INTO doctor VALUES ('alice', true), ('bob', true)");
      }
      try (Connection alice = database.dataSource().getConnection();
          Connection bob = database.dataSource().getConnection()) {
        for (Connection c : new Connection[] {alice, bob}) {
          c.setAutoCommit(false);
          c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        }
        goOffCallIfAnotherIsOn(alice, "alice");
        goOffCallIfAnotherIsOn(bob, "bob");
        alice.commit();
        SQLException refused = catchThrowableOfType(SQLException.class, bob::commit);
        assertThat((Throwable) refused)
            .as("the second commit of a write skew must fail")
            .isNotNull();
        assertThat(refused.getSQLState()).isEqualTo("40001");
      }
    }
  }

  private static void goOffCallIfAnotherIsOn(Connection connection, String name)
      throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT count(*) FROM doctor WHERE on_call")) {
      count.next();
      if (count.getInt(1) >= 2) {
        statement.executeUpdate("UPDATE doctor SET on_call = false WHERE name = '" + name + "'");
      }
    }
  }

  @Test
  @DisplayName("Redis starts from embedded-redis's binary on a free port, once, flushed per test")
  void embeddedRedis() {
    assumeBinaries(ServiceKind.REDIS);
    assertThat(registry.plan(ServiceKind.REDIS))
        .isEqualTo(new ServicePlan.EmbeddedRedis(ServiceKind.REDIS));
    RedisEndpoint endpoint = registry.redis();
    RedisClient client = RedisClient.create(endpoint.uri());
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      connection.sync().set("left-over", "from an earlier test");
      assertThat(connection.sync().info("server")).contains("redis_version:6.");
      assertThat(registry.redis()).as("the same server is reused").isEqualTo(endpoint);
      assertThat(connection.sync().exists("left-over")).as("keys are flushed per test").isZero();
    } finally {
      client.shutdown();
    }
  }
}
