package dev.roadmapkit.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Watching sources")
class SourceWatcherTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"events and scan", "scan alone"})
  @DisplayName("a burst of saves is one change; editors' swap files and other files are ignored")
  void burst(String mode, @TempDir Path dir) throws Exception {
    Path java = Files.createDirectories(dir.resolve("src/main/java/p"));
    try (SourceWatcher watcher = watcher(mode, dir.resolve("src/main/java"))) {
      CompletableFuture<Set<String>> change =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return watcher.awaitChange(Duration.ofMillis(200));
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              });
      Files.writeString(java.resolve(".A.java.swp"), "swap");
      Files.writeString(java.resolve("notes.txt"), "notes");
      Files.writeString(java.resolve("A.java"), "class A {}");
      Files.writeString(java.resolve("A.java"), "class A { }");
      Files.writeString(java.resolve("B.java"), "class B {}");

      assertThat(change.get(30, TimeUnit.SECONDS)).containsExactly("p/A.java", "p/B.java");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"events and scan", "scan alone"})
  @DisplayName("a file in a directory created after the watch began counts, however fast it came")
  void newDirectory(String mode, @TempDir Path dir) throws Exception {
    Path root = Files.createDirectories(dir.resolve("src/main/java"));
    try (SourceWatcher watcher = watcher(mode, root)) {
      Files.createDirectories(root.resolve("q"));
      Files.writeString(root.resolve("q/C.java"), "class C {}");

      assertThat(watcher.awaitChange(Duration.ofMillis(100))).contains("q/C.java");
    }
  }

  @Test
  @DisplayName(
      "with the watch service unavailable the scan alone notices an edit (a new time or size) and a"
          + " deleted file")
  void scanAlone(@TempDir Path dir) throws Exception {
    Path root = Files.createDirectories(dir.resolve("src/main/java/p"));
    Path a = Files.writeString(root.resolve("A.java"), "class A {}");
    Path b = Files.writeString(root.resolve("B.java"), "class B {}");
    try (SourceWatcher watcher = new SourceWatcher(List.of(dir.resolve("src/main/java")), false)) {
      assertThat(watcher.mechanism()).isEqualTo("a scan every 100 ms");

      Files.writeString(a, "class A { int x; }");
      assertThat(watcher.awaitChange(Duration.ofMillis(50))).containsExactly("p/A.java");

      Files.setLastModifiedTime(
          a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 2000));
      assertThat(watcher.awaitChange(Duration.ofMillis(50)))
          .as("a save that keeps the size, seen by its modification time")
          .containsExactly("p/A.java");

      Files.delete(b);
      assertThat(watcher.awaitChange(Duration.ofMillis(50))).containsExactly("p/B.java");
    }
  }

  private static SourceWatcher watcher(String mode, Path root) {
    return new SourceWatcher(List.of(root), mode.equals("events and scan"));
  }
}
