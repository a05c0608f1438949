package dev.roadmapkit.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Watching sources")
class SourceWatcherTest {

  @Test
  @DisplayName("a burst of saves is one change; editors' swap files and other files are ignored")
  void burst(@TempDir Path dir) throws Exception {
    Path java = Files.createDirectories(dir.resolve("src/main/java/p"));
    try (SourceWatcher watcher = new SourceWatcher(List.of(dir.resolve("src/main/java")))) {
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

  @Test
  @DisplayName("a file in a directory created after the watch began counts, however fast it came")
  void newDirectory(@TempDir Path dir) throws Exception {
    Path root = Files.createDirectories(dir.resolve("src/main/java"));
    try (SourceWatcher watcher = new SourceWatcher(List.of(root))) {
      Files.createDirectories(root.resolve("q"));
      Files.writeString(root.resolve("q/C.java"), "class C {}");

      assertThat(watcher.awaitChange(Duration.ofMillis(100))).contains("q/C.java");
    }
  }
}
