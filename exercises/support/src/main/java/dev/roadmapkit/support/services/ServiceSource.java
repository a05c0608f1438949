package dev.roadmapkit.support.services;

/** Where a resolved service comes from, in the order they are tried. */
public enum ServiceSource {
  /** The URL in the service's environment variable ({@code ROADMAP_POSTGRES_URL}, ...). */
  ENVIRONMENT,
  /** A container started by Testcontainers, when a Docker engine answers. */
  TESTCONTAINERS,
  /** An embedded default: H2 in PostgreSQL mode, or a {@code redis-server} found on the PATH. */
  EMBEDDED
}
