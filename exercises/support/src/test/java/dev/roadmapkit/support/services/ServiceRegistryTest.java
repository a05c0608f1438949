package dev.roadmapkit.support.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The registry starts what the plan says, once")
class ServiceRegistryTest {

  private static ServiceRegistry registry(Map<String, String> variables, boolean redisOnPath) {
    ServiceEnvironment system = ServiceEnvironment.system();
    return new ServiceRegistry(
        new ServiceEnvironment(
            variables,
            () -> false,
            name -> redisOnPath ? system.executables().apply(name) : Optional.empty()));
  }

  @Test
  @DisplayName("H2 hands every test a database of its own, in PostgreSQL mode")
  void h2DatabasesAreIsolated() throws SQLException {
    try (ServiceRegistry registry = registry(Map.of(), false);
        TestDatabase first = registry.newDatabase();
        TestDatabase second = registry.newDatabase()) {
      assertThat(registry.plannedEngine()).isEqualTo(DatabaseEngine.H2);
      assertThat(first.engine()).isEqualTo(DatabaseEngine.H2);
      try (Connection connection = first.dataSource().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE note (id SERIAL PRIMARY KEY, body TEXT)");
        statement.execute("INSERT INTO note (body) VALUES ('only here')");
      }
      try (Connection connection = second.dataSource().getConnection();
          ResultSet tables =
              connection.getMetaData().getTables(null, null, "note", new String[] {"TABLE"})) {
        assertThat(tables.next()).as("a table made in one test is not seen by another").isFalse();
      }
    }
  }

  @Test
  @DisplayName("a URL that answers nothing fails with a message naming the variable and the place")
  void badRedisUrlFails() {
    int closedPort = LocalRedisServer.freePort();
    try (ServiceRegistry registry =
        registry(Map.of("ROADMAP_REDIS_URL", "redis://127.0.0.1:" + closedPort), false)) {
      assertThatThrownBy(registry::redis)
          .isInstanceOf(ServiceStartException.class)
          .hasMessageContaining("ROADMAP_REDIS_URL")
          .hasMessageContaining("127.0.0.1:" + closedPort);
    }
  }

  @Test
  @DisplayName("a database URL that answers nothing fails without printing the password")
  void badPostgresUrlFails() {
    int closedPort = LocalRedisServer.freePort();
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/x?user=u&password=secret";
    try (ServiceRegistry registry = registry(Map.of("ROADMAP_POSTGRES_URL", url), false)) {
      assertThatThrownBy(registry::newDatabase)
          .isInstanceOf(ServiceStartException.class)
          .hasMessageContaining("ROADMAP_POSTGRES_URL")
          .hasMessageContaining("password=***")
          .hasMessageNotContaining("secret");
    }
  }

  @Test
  @DisplayName("a redis-server on the PATH is started on a free port, once, and flushed per test")
  void localRedisServer() {
    try (ServiceRegistry registry = registry(Map.of(), true)) {
      assumeThat(registry.plan(ServiceKind.REDIS))
          .as("redis-server is not on the PATH here")
          .isInstanceOf(ServicePlan.LocalRedisServer.class);
      RedisEndpoint endpoint = registry.redis();
      RedisClient client = RedisClient.create(endpoint.uri());
      try (StatefulRedisConnection<String, String> connection = client.connect()) {
        connection.sync().set("left-over", "from an earlier test");
        RedisEndpoint again = registry.redis();
        assertThat(again).as("the same server is reused").isEqualTo(endpoint);
        assertThat(connection.sync().exists("left-over")).as("keys are flushed per test").isZero();
      } finally {
        client.shutdown();
      }
    }
  }
}
