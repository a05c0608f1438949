package dev.roadmapkit.support.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

@DisplayName("@RealServices skips with a how-to, or fails when services are required")
class RealServicesExtensionTest {

  @RealServices
  static class NeedsRedis {
    @Test
    void usesRedis(RedisEndpoint redis) {
      assertThat(redis.port()).isPositive();
    }
  }

  @RealServices
  static class NeedsPostgresSemantics {
    @Test
    @RequiresPostgres("it checks what SERIALIZABLE does with write skew")
    void isolation(DataSource dataSource) {}

    @Test
    void anyDatabase(DataSource dataSource, DatabaseEngine engine) throws SQLException {
      try (Connection connection = dataSource.getConnection()) {
        assertThat(connection.isValid(1)).isTrue();
      }
      assertThat(engine).isEqualTo(DatabaseEngine.H2);
    }
  }

  private static Events run(Class<?> testClass, Map<String, String> variables) throws Exception {
    ServiceRegistry registry =
        new ServiceRegistry(
            new ServiceEnvironment(variables, () -> false, name -> Optional.empty()));
    try (AutoCloseable ignored = ServiceRegistry.replaceSharedForTesting(registry)) {
      return EngineTestKit.engine("junit-jupiter")
          .selectors(selectClass(testClass))
          .execute()
          .testEvents();
    }
  }

  @Test
  @DisplayName("without any Redis the test is skipped, and the reason says how to enable one")
  void skipsWithHowTo() throws Exception {
    Events events = run(NeedsRedis.class, Map.of());
    events.assertStatistics(stats -> stats.started(1).aborted(1).failed(0));
    events
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("usesRedis"),
                abortedWithReason(
                    message(m -> m.contains("ROADMAP_REDIS_URL") && m.contains("Docker")))));
  }

  @Test
  @DisplayName("with ROADMAP_REQUIRE_SERVICES=true the same test fails instead")
  void failsWhenRequired() throws Exception {
    Events events = run(NeedsRedis.class, Map.of("ROADMAP_REQUIRE_SERVICES", "true"));
    events.assertStatistics(stats -> stats.started(1).failed(1).aborted(0));
    events
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("usesRedis"),
                finishedWithFailure(
                    message(m -> m.contains("ROADMAP_REDIS_URL") && m.contains("not skipped")))));
  }

  @Test
  @DisplayName("@RequiresPostgres skips on H2, other database tests run on H2")
  void requiresPostgresOnH2() throws Exception {
    Events events = run(NeedsPostgresSemantics.class, Map.of());
    events.assertStatistics(stats -> stats.started(2).succeeded(1).aborted(1));
    events
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("isolation"),
                abortedWithReason(
                    message(m -> m.contains("write skew") && m.contains("ROADMAP_POSTGRES_URL")))));
  }

  @Test
  @DisplayName("@RequiresPostgres fails on H2 when services are required")
  void requiresPostgresFailsWhenRequired() throws Exception {
    Events events = run(NeedsPostgresSemantics.class, Map.of("ROADMAP_REQUIRE_SERVICES", "true"));
    events.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
  }
}
