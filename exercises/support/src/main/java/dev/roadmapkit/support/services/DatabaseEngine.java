package dev.roadmapkit.support.services;

/**
 * The engine behind a test's {@link javax.sql.DataSource}. A test may declare a parameter of this
 * type to adapt; a test that needs PostgreSQL's own semantics is annotated {@link RequiresPostgres}
 * instead.
 */
public enum DatabaseEngine {
  /** A real PostgreSQL server. */
  POSTGRESQL,
  /** H2 in PostgreSQL compatibility mode: only where no embedded PostgreSQL binary exists. */
  H2
}
