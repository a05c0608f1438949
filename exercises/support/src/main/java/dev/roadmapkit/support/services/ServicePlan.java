package dev.roadmapkit.support.services;

import java.nio.file.Path;

/**
 * The decision of where a service will come from, made before anything is started. {@link
 * ServiceResolver#plan} makes it; {@link ServiceRegistry} carries it out.
 */
public sealed interface ServicePlan {

  ServiceKind kind();

  /** Use the URL from the service's environment variable. */
  record FromEnvironment(ServiceKind kind, String url) implements ServicePlan {}

  /** Start the service's image with Testcontainers. */
  record FromTestcontainers(ServiceKind kind) implements ServicePlan {}

  /** A real PostgreSQL started from the embedded binaries ({@link EmbeddedServers}). */
  record EmbeddedPostgres(ServiceKind kind) implements ServicePlan {}

  /**
   * H2 in PostgreSQL mode: only where no embedded PostgreSQL binary exists for the platform, so the
   * tests that need PostgreSQL's own semantics are skipped.
   */
  record EmbeddedH2(ServiceKind kind) implements ServicePlan {}

  /** A {@code redis-server} executable from the PATH, started on a free loopback port. */
  record LocalRedisServer(ServiceKind kind, Path executable) implements ServicePlan {}

  /** embedded-redis's {@code redis-server}, unpacked and started on a free loopback port. */
  record EmbeddedRedis(ServiceKind kind) implements ServicePlan {}

  /** ActiveMQ Artemis in this JVM, on a free loopback port ({@link EmbeddedBroker}). */
  record EmbeddedBroker(ServiceKind kind) implements ServicePlan {}

  /**
   * No way to get the service here.
   *
   * @param howToEnable what the learner can do about it, in one paragraph
   */
  record Unavailable(ServiceKind kind, String howToEnable) implements ServicePlan {}

  /** The source a plan will use, for messages and for tests of the resolution. */
  default String describe() {
    if (this instanceof FromEnvironment) {
      return kind().displayName() + " from " + kind().urlVariable();
    } else if (this instanceof FromTestcontainers) {
      return kind().displayName() + " in a Testcontainers container";
    } else if (this instanceof EmbeddedPostgres) {
      return "embedded PostgreSQL " + EmbeddedServers.POSTGRES_MAJOR + " (io.zonky.test)";
    } else if (this instanceof EmbeddedH2) {
      return "H2 in PostgreSQL mode (no embedded PostgreSQL binary for "
          + EmbeddedServers.platform()
          + ")";
    } else if (this instanceof LocalRedisServer local) {
      return "redis-server from the PATH (" + local.executable() + ")";
    } else if (this instanceof EmbeddedRedis) {
      return "embedded redis-server (com.github.codemonstur:embedded-redis)";
    } else if (this instanceof EmbeddedBroker) {
      return "embedded ActiveMQ Artemis (org.apache.artemis:artemis-server)";
    }
    return kind().displayName() + " unavailable";
  }
}
