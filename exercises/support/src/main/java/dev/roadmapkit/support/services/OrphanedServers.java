package dev.roadmapkit.support.services;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The servers a test JVM started, written down so that the next one can stop them if that JVM was
 * killed before its shutdown hooks ran (PIT ends its minion JVMs so, and so does a Ctrl-C at the
 * wrong moment). A record is one small file under the temporary directory's {@code
 * roadmap-services}: the owning JVM's process id and start time, the server's, and the directories
 * to remove. A record whose owner is gone is reaped when any test JVM starts a server: the server
 * is stopped if it still runs and is still the same process, its directories removed.
 */
final class OrphanedServers {

  private static final String SUFFIX = ".server";

  private OrphanedServers() {}

  static Path directory() {
    return Path.of(System.getProperty("java.io.tmpdir"), "roadmap-services");
  }

  /**
   * Records a server started by this JVM.
   *
   * @param server the server's process, empty for one inside this JVM
   * @param directories what to remove once it is stopped
   * @return the record, to {@link #forget} when the server is stopped in order
   */
  static Optional<Path> record(Optional<ProcessHandle> server, List<Path> directories) {
    ProcessHandle self = ProcessHandle.current();
    List<String> lines = new ArrayList<>();
    lines.add(self.pid() + " " + startMillis(self));
    lines.add(server.map(s -> s.pid() + " " + startMillis(s)).orElse("- -"));
    directories.forEach(d -> lines.add(d.toAbsolutePath().toString()));
    try {
      Files.createDirectories(directory());
      Path record = Files.createTempFile(directory(), self.pid() + "-", SUFFIX);
      Files.write(record, lines, StandardCharsets.UTF_8);
      return Optional.of(record);
    } catch (IOException e) {
      return Optional.empty(); // without a record the only loss is the clean-up after a kill
    }
  }

  static void forget(Optional<Path> record) {
    record.ifPresent(
        r -> {
          try {
            Files.deleteIfExists(r);
          } catch (IOException e) {
            // reaped later: its owner will be gone
          }
        });
  }

  /** Stops the servers and removes the directories of every JVM that is gone. */
  static synchronized void reap() {
    if (!Files.isDirectory(directory())) {
      return;
    }
    try (DirectoryStream<Path> records = Files.newDirectoryStream(directory(), "*" + SUFFIX)) {
      for (Path record : records) {
        reap(record);
      }
    } catch (IOException | RuntimeException e) {
      // clean-up is best effort: a failure here must not fail a test
    }
  }

  private static void reap(Path record) throws IOException {
    List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
    if (lines.size() < 2 || alive(lines.get(0))) {
      return;
    }
    if (!Files.deleteIfExists(record)) {
      return; // another JVM reaps it
    }
    String[] server = lines.get(1).split(" ");
    if (!server[0].equals("-")) {
      findSame(Long.parseLong(server[0]), server[1]).ifPresent(OrphanedServers::stop);
    }
    for (String directory : lines.subList(2, lines.size())) {
      EmbeddedServers.deleteTree(Path.of(directory));
    }
  }

  private static boolean alive(String owner) {
    String[] parts = owner.split(" ");
    return findSame(Long.parseLong(parts[0]), parts[1]).isPresent();
  }

  /** The process {@code pid} if it runs and started when recorded: pids are reused. */
  private static Optional<ProcessHandle> findSame(long pid, String startMillis) {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> String.valueOf(startMillis(p)).equals(startMillis));
  }

  private static void stop(ProcessHandle server) {
    server.destroy();
    try {
      server.onExit().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      server.destroyForcibly();
    }
  }

  private static long startMillis(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
  }
}
