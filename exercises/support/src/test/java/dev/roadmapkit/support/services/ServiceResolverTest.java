package dev.roadmapkit.support.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Service resolution follows DESIGN.md's order")
class ServiceResolverTest {

  private static final Path REDIS_SERVER = Path.of("/usr/bin/redis-server");

  private static ServiceEnvironment environment(
      Map<String, String> variables, boolean docker, boolean redisOnPath) {
    return environment(variables, docker, redisOnPath, true);
  }

  private static ServiceEnvironment environment(
      Map<String, String> variables, boolean docker, boolean redisOnPath, boolean embedded) {
    return new ServiceEnvironment(
        variables,
        () -> docker,
        name ->
            redisOnPath && name.equals("redis-server")
                ? Optional.of(REDIS_SERVER)
                : Optional.empty(),
        kind -> embedded);
  }

  @Test
  @DisplayName(
      "1. an explicit URL from the environment wins over everything, without asking Docker")
  void environmentUrlFirst() {
    AtomicInteger dockerAsked = new AtomicInteger();
    ServiceEnvironment env =
        new ServiceEnvironment(
            Map.of(
                "ROADMAP_REDIS_URL",
                "redis://10.0.0.5:6380",
                "ROADMAP_POSTGRES_URL",
                "jdbc:postgresql://db/x"),
            () -> dockerAsked.incrementAndGet() > 0,
            name -> Optional.of(REDIS_SERVER));
    assertThat(ServiceResolver.plan(ServiceKind.REDIS, env))
        .isEqualTo(new ServicePlan.FromEnvironment(ServiceKind.REDIS, "redis://10.0.0.5:6380"));
    assertThat(ServiceResolver.plan(ServiceKind.POSTGRES, env))
        .isEqualTo(new ServicePlan.FromEnvironment(ServiceKind.POSTGRES, "jdbc:postgresql://db/x"));
    assertThat(dockerAsked).as("Docker is not probed when a URL is set").hasValue(0);
  }

  @Test
  @DisplayName("a blank URL counts as unset")
  void blankUrlIgnored() {
    ServiceEnvironment env = environment(Map.of("ROADMAP_REDIS_URL", "  "), false, true);
    assertThat(ServiceResolver.plan(ServiceKind.REDIS, env))
        .isEqualTo(new ServicePlan.LocalRedisServer(ServiceKind.REDIS, REDIS_SERVER));
  }

  @Test
  @DisplayName("2. Testcontainers when a Docker engine answers")
  void testcontainersSecond() {
    ServiceEnvironment env = environment(Map.of(), true, true);
    assertThat(ServiceResolver.plan(ServiceKind.REDIS, env))
        .isEqualTo(new ServicePlan.FromTestcontainers(ServiceKind.REDIS));
    assertThat(ServiceResolver.plan(ServiceKind.POSTGRES, env))
        .isEqualTo(new ServicePlan.FromTestcontainers(ServiceKind.POSTGRES));
  }

  @Test
  @DisplayName("ROADMAP_USE_DOCKER=false skips Testcontainers even with Docker running")
  void dockerCanBeTurnedOff() {
    ServiceEnvironment env = environment(Map.of("ROADMAP_USE_DOCKER", "false"), true, false);
    assertThat(ServiceResolver.plan(ServiceKind.POSTGRES, env))
        .isEqualTo(new ServicePlan.EmbeddedPostgres(ServiceKind.POSTGRES));
  }

  @Test
  @DisplayName(
      "3. a real server here: the embedded PostgreSQL; redis-server from the PATH, else the"
          + " embedded one")
  void embeddedThird() {
    ServiceEnvironment withRedisOnPath = environment(Map.of(), false, true);
    assertThat(ServiceResolver.plan(ServiceKind.POSTGRES, withRedisOnPath))
        .isEqualTo(new ServicePlan.EmbeddedPostgres(ServiceKind.POSTGRES));
    assertThat(ServiceResolver.plan(ServiceKind.REDIS, withRedisOnPath))
        .as("a redis-server someone installed is used before the embedded one")
        .isEqualTo(new ServicePlan.LocalRedisServer(ServiceKind.REDIS, REDIS_SERVER));
    assertThat(ServiceResolver.plan(ServiceKind.REDIS, environment(Map.of(), false, false)))
        .isEqualTo(new ServicePlan.EmbeddedRedis(ServiceKind.REDIS));
  }

  @Test
  @DisplayName("where no embedded binary exists: H2 for PostgreSQL, and the PATH for Redis")
  void noEmbeddedBinary() {
    ServiceEnvironment env = environment(Map.of(), false, true, false);
    assertThat(ServiceResolver.plan(ServiceKind.POSTGRES, env))
        .isEqualTo(new ServicePlan.EmbeddedH2(ServiceKind.POSTGRES));
    assertThat(ServiceResolver.plan(ServiceKind.POSTGRES, env).describe())
        .contains("H2")
        .contains("no embedded PostgreSQL binary for " + System.getProperty("os.name"));
    assertThat(ServiceResolver.plan(ServiceKind.REDIS, env))
        .isEqualTo(new ServicePlan.LocalRedisServer(ServiceKind.REDIS, REDIS_SERVER));
  }

  @Test
  @DisplayName("4. otherwise unavailable, with a message that says every way to enable it")
  void unavailableLast() {
    ServiceEnvironment env = environment(Map.of(), false, false, false);
    ServicePlan plan = ServiceResolver.plan(ServiceKind.REDIS, env);
    assertThat(plan).isInstanceOf(ServicePlan.Unavailable.class);
    assertThat(((ServicePlan.Unavailable) plan).howToEnable())
        .contains("ROADMAP_REDIS_URL=redis://127.0.0.1:6379")
        .contains("start Docker")
        .contains("redis:7-alpine")
        .contains("redis-server")
        .contains("the embedded one has no binary for " + System.getProperty("os.name"));
  }

  @Test
  @DisplayName("ROADMAP_REQUIRE_SERVICES=true (any case) turns skips into failures")
  void requireServices() {
    assertThat(
            environment(Map.of("ROADMAP_REQUIRE_SERVICES", "TRUE"), false, false)
                .servicesRequired())
        .isTrue();
    assertThat(
            environment(Map.of("ROADMAP_REQUIRE_SERVICES", "no"), false, false).servicesRequired())
        .isFalse();
    assertThat(environment(Map.of(), false, false).servicesRequired()).isFalse();
  }

  @Test
  @DisplayName("executables are found on the PATH like a shell finds them")
  void findsExecutablesOnPath() {
    assertThat(ServiceEnvironment.onPath("/nonexistent:/bin:/usr/bin", "sh")).isPresent();
    assertThat(ServiceEnvironment.onPath("/nonexistent", "sh")).isEmpty();
    assertThat(ServiceEnvironment.onPath(null, "sh")).isEmpty();
  }
}
