package dev.roadmapkit.cli.assign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The real services an exported module's tests ask the test support for, so that the classroom
 * workflow starts them as service containers and the students' README says how to provide them.
 */
public enum Service {
  /** PostgreSQL, for tests that take a {@code DataSource} or {@code DatabaseEngine}. */
  POSTGRES("PostgreSQL", "ROADMAP_POSTGRES_URL"),
  /** Redis, for tests that take a {@code RedisEndpoint}. */
  REDIS("Redis", "ROADMAP_REDIS_URL");

  private final String displayName;
  private final String variable;

  Service(String displayName, String variable) {
    this.displayName = displayName;
    this.variable = variable;
  }

  /**
   * Returns the service's name for people.
   *
   * @return such as {@code PostgreSQL}
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns the environment variable the test support reads the service's URL from.
   *
   * @return such as {@code ROADMAP_POSTGRES_URL}
   */
  public String variable() {
    return variable;
  }

  /**
   * Finds the services the tests under a directory use: a test class that is annotated with
   * {@code @RealServices} and takes a {@code RedisEndpoint} needs Redis, one that takes a {@code
   * DataSource} or a {@code DatabaseEngine} needs PostgreSQL.
   *
   * @param testSources a module's {@code src/test/java}
   * @return the services, possibly none
   */
  public static Set<Service> usedBy(Path testSources) {
    Set<Service> services = EnumSet.noneOf(Service.class);
    if (!Files.isDirectory(testSources)) {
      return services;
    }
    try (Stream<Path> files = Files.walk(testSources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        if (!source.contains("RealServices")) {
          continue;
        }
        if (source.contains("RedisEndpoint")) {
          services.add(REDIS);
        }
        if (source.contains("DataSource") || source.contains("DatabaseEngine")) {
          services.add(POSTGRES);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tests under " + testSources, e);
    }
    return services;
  }
}
