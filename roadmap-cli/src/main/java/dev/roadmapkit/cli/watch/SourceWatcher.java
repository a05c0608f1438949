package dev.roadmapkit.cli.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches directory trees (a module's {@code src/main/java} and {@code src/main/resources}) for
 * saved changes, with the platform's file-system notifications. Directories created later are
 * watched too. Only Java sources count below a {@code java} root; any file counts below another
 * root; editors' swap and backup files never do.
 */
public final class SourceWatcher implements AutoCloseable {

  private final WatchService service;
  private final Map<WatchKey, Path> directories = new HashMap<>();
  private final List<Path> roots;

  /**
   * Starts watching.
   *
   * @param roots the directory trees; those that do not exist are ignored
   * @throws UncheckedIOException if the platform cannot watch them
   */
  public SourceWatcher(List<Path> roots) {
    this.roots = List.copyOf(roots);
    try {
      service = FileSystems.getDefault().newWatchService();
      for (Path root : this.roots) {
        if (Files.isDirectory(root)) {
          registerTree(root);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + roots + ": " + e.getMessage(), e);
    }
  }

  /**
   * Waits for a change, then until nothing more changes for {@code quiet}.
   *
   * @param quiet how long the burst of events of one save may pause before it counts as over
   * @return the changed files, relative to their root, sorted
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  public Set<String> awaitChange(Duration quiet) throws InterruptedException {
    Objects.requireNonNull(quiet, "quiet period must not be null");
    Set<String> changed = new TreeSet<>();
    while (changed.isEmpty()) {
      collect(service.take(), changed);
    }
    while (true) {
      WatchKey key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
      if (key == null) {
        return changed;
      }
      collect(key, changed);
    }
  }

  private void collect(WatchKey key, Set<String> changed) {
    Path dir = directories.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        changed.add("(many files)");
        continue;
      }
      if (dir == null) {
        continue;
      }
      Path path = dir.resolve((Path) event.context());
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
        try {
          // Files saved into it before it was watched have sent no event of their own.
          for (Path file : registerTree(path)) {
            relevant(file).ifPresent(changed::add);
          }
        } catch (IOException e) {
          // a directory that vanished at once holds nothing to check
        }
        continue;
      }
      relevant(path).ifPresent(changed::add);
    }
    if (!key.reset()) {
      directories.remove(key);
    }
  }

  private Optional<String> relevant(Path path) {
    String name = path.getFileName().toString();
    if (name.startsWith(".")
        || name.endsWith("~")
        || name.endsWith(".swp")
        || name.endsWith(".swx")) {
      return Optional.empty();
    }
    for (Path root : roots) {
      if (path.startsWith(root)) {
        boolean javaRoot =
            root.getFileName() != null && root.getFileName().toString().equals("java");
        if (javaRoot && !name.endsWith(".java")) {
          return Optional.empty();
        }
        return Optional.of(root.relativize(path).toString().replace('\\', '/'));
      }
    }
    return Optional.empty();
  }

  /** Watches every directory of a tree; returns the files already in it. */
  private List<Path> registerTree(Path root) throws IOException {
    List<Path> files = new java.util.ArrayList<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        if (Files.isDirectory(path)) {
          directories.put(path.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), path);
        } else {
          files.add(path);
        }
      }
    }
    return files;
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // nothing is left to release
    }
  }
}
