package dev.roadmapkit.support.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Servers of a killed test JVM are stopped by the next one")
class OrphanedServersTest {

  @TempDir Path temp;

  private static String handle(ProcessHandle process) {
    return process.pid()
        + " "
        + process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
  }

  @Test
  @DisplayName("a server whose owner is gone is stopped and its directory removed")
  void reapsWhenTheOwnerIsGone() throws Exception {
    assumeThat(ServiceEnvironment.onPath(System.getenv("PATH"), "sleep"))
        .as("needs the sleep command")
        .isPresent();
    Process owner = new ProcessBuilder("sleep", "0").start();
    ProcessHandle gone = owner.toHandle();
    String ownerLine = handle(gone);
    owner.waitFor(10, TimeUnit.SECONDS);
    Process server = new ProcessBuilder("sleep", "60").start();
    Path data = Files.createDirectories(temp.resolve("data"));
    Files.writeString(data.resolve("PG_VERSION"), "15");
    Files.createDirectories(OrphanedServers.directory());
    Path record = Files.createTempFile(OrphanedServers.directory(), "test-", ".server");
    Files.write(
        record,
        List.of(ownerLine, handle(server.toHandle()), data.toString()),
        StandardCharsets.UTF_8);
    try {
      OrphanedServers.reap();

      assertThat(server.waitFor(10, TimeUnit.SECONDS))
          .as("the orphaned server is stopped")
          .isTrue();
      assertThat(data).doesNotExist();
      assertThat(record).doesNotExist();
    } finally {
      server.destroyForcibly();
      Files.deleteIfExists(record);
    }
  }

  @Test
  @DisplayName("a server of a JVM that still runs is left alone, and forgotten when it stops")
  void leavesLiveOwnersAlone() throws IOException {
    Path data = Files.createDirectories(temp.resolve("mine"));
    Optional<Path> record = OrphanedServers.record(Optional.empty(), List.of(data));
    assertThat(record).isPresent();

    OrphanedServers.reap();

    assertThat(data).exists();
    assertThat(record.get()).exists();
    OrphanedServers.forget(record);
    assertThat(record.get()).doesNotExist();
  }
}
