package dev.roadmapkit.support.services;

import java.util.Objects;
import java.util.Optional;

/**
 * Decides where a service comes from, in DESIGN.md's order: the environment's URL, Testcontainers
 * when a Docker engine answers, a real server on this machine (a {@code redis-server} on the PATH,
 * else the embedded server from its Maven artifact), else H2 for PostgreSQL (only where no embedded
 * binary exists) or unavailable with a how-to.
 */
public final class ServiceResolver {

  private ServiceResolver() {}

  /** The plan for {@code kind} in {@code environment}; starts nothing. */
  public static ServicePlan plan(ServiceKind kind, ServiceEnvironment environment) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(environment, "environment");
    Optional<String> url = environment.variable(kind.urlVariable());
    if (url.isPresent()) {
      return new ServicePlan.FromEnvironment(kind, url.get());
    }
    if (environment.dockerAllowed() && environment.dockerAvailable().getAsBoolean()) {
      return new ServicePlan.FromTestcontainers(kind);
    }
    boolean embedded = environment.embeddedAvailable().test(kind);
    return switch (kind) {
      case POSTGRES ->
          embedded ? new ServicePlan.EmbeddedPostgres(kind) : new ServicePlan.EmbeddedH2(kind);
      case REDIS ->
          environment
              .executables()
              .apply("redis-server")
              .<ServicePlan>map(path -> new ServicePlan.LocalRedisServer(kind, path))
              .orElseGet(
                  () ->
                      embedded
                          ? new ServicePlan.EmbeddedRedis(kind)
                          : new ServicePlan.Unavailable(kind, howToEnable(kind)));
      case BROKER -> new ServicePlan.EmbeddedBroker(kind);
    };
  }

  /** What a learner can do to make {@code kind} available, in one paragraph. */
  public static String howToEnable(ServiceKind kind) {
    String embedded =
        switch (kind) {
          case POSTGRES ->
              " or run on a system the embedded PostgreSQL "
                  + EmbeddedServers.POSTGRES_MAJOR
                  + " has binaries for (Linux, macOS and Windows on x86-64, Linux and macOS on"
                  + " ARM64; this is "
                  + EmbeddedServers.platform()
                  + ");";
          case REDIS ->
              " or install redis-server so that it is on your PATH (Debian/Ubuntu: apt install"
                  + " redis-server; macOS: brew install redis), and the tests start their own"
                  + " (the embedded one has no binary for "
                  + EmbeddedServers.platform()
                  + ");";
          case BROKER -> " or let the tests start the embedded broker (it needs only Java);";
        };
    return "This test needs a real "
        + kind.displayName()
        + ". Enable it in any one of these ways: set "
        + kind.urlVariable()
        + " to a running server (for example "
        + kind.urlVariable()
        + "="
        + kind.exampleUrl()
        + "); or start Docker, and Testcontainers runs "
        + kind.dockerImage()
        + " for you;"
        + embedded
        + " then run the tests again.";
  }
}
