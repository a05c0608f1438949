package dev.roadmapkit.support.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code redis-server} process of our own on a free loopback port, with persistence off, so a
 * learner with Redis installed needs no configuration at all.
 */
final class LocalRedisServer implements AutoCloseable {

  private static final int ATTEMPTS = 3;

  private final Process process;
  private final Path workDir;
  private final int port;
  private final java.util.Optional<Path> record;

  private LocalRedisServer(Process process, Path workDir, int port) {
    this.process = process;
    this.workDir = workDir;
    this.port = port;
    this.record =
        OrphanedServers.record(java.util.Optional.of(process.toHandle()), List.of(workDir));
  }

  int port() {
    return port;
  }

  /** Starts {@code executable} and returns once the process is up; the caller pings it. */
  static LocalRedisServer start(Path executable) {
    OrphanedServers.reap();
    ServiceStartException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return startOnce(executable, freePort());
      } catch (ServiceStartException e) {
        last = e; // most likely another process took the port between probe and bind
      }
    }
    throw last;
  }

  private static LocalRedisServer startOnce(Path executable, int port) {
    try {
      Path workDir = Files.createTempDirectory("roadmap-redis-");
      Path log = workDir.resolve("redis.log");
      Process process =
          new ProcessBuilder(
                  List.of(
                      executable.toString(),
                      "--port",
                      Integer.toString(port),
                      "--bind",
                      "127.0.0.1",
                      "--save",
                      "",
                      "--appendonly",
                      "no",
                      "--dir",
                      workDir.toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      LocalRedisServer server = new LocalRedisServer(process, workDir, port);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "roadmap-redis-stop"));
      server.awaitListening(log);
      return server;
    } catch (IOException e) {
      throw new ServiceStartException("Could not start " + executable + ": " + e.getMessage(), e);
    }
  }

  private void awaitListening(Path log) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new ServiceStartException(
            "redis-server exited with code "
                + process.exitValue()
                + " on port "
                + port
                + ": "
                + Files.readString(log, StandardCharsets.UTF_8).strip());
      }
      if (Files.readString(log, StandardCharsets.UTF_8).contains("Ready to accept connections")) {
        return;
      }
      try {
        process.waitFor(20, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new ServiceStartException("Interrupted while starting redis-server", e);
      }
    }
    close();
    throw new ServiceStartException(
        "redis-server did not get ready within 10 s on port " + port + "; its log: " + log);
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free loopback port", e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    EmbeddedServers.deleteTree(workDir);
    OrphanedServers.forget(record);
  }
}
