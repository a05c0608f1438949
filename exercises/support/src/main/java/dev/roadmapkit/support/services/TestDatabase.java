package dev.roadmapkit.support.services;

import java.util.Objects;
import javax.sql.DataSource;

/**
 * One test's own database: an empty schema on PostgreSQL, or a fresh in-memory H2 database. Closing
 * it drops what the test created.
 */
public final class TestDatabase implements AutoCloseable {

  private final DataSource dataSource;
  private final DatabaseEngine engine;
  private final String name;
  private final Runnable dropper;

  TestDatabase(DataSource dataSource, DatabaseEngine engine, String name, Runnable dropper) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.name = Objects.requireNonNull(name, "name");
    this.dropper = Objects.requireNonNull(dropper, "dropper");
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public DatabaseEngine engine() {
    return engine;
  }

  /** The schema (PostgreSQL) or database (H2) name, for messages. */
  public String name() {
    return name;
  }

  @Override
  public void close() {
    dropper.run();
  }
}
