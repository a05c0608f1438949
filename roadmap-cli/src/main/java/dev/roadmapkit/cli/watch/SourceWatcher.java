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
 * saved changes. Two ways at once, whichever notices first: the platform's file-system
 * notifications, and a scan of the files' modification times and sizes every {@link
 * #POLL_INTERVAL}. The scan is what makes a save count within a fraction of a second everywhere:
 * the JDK's watch service polls only every few seconds on macOS, and misses saves altogether on
 * WSL2's Windows drives and on network file systems. Where the platform has no watch service, the
 * scan is used alone. Directories created later are watched too. Only Java sources count below a
 * {@code java} root; any file counts below another root; editors' swap and backup files never do.
 */
public final class SourceWatcher implements AutoCloseable {

  /** How often the files are scanned for changes. */
  public static final Duration POLL_INTERVAL = Duration.ofMillis(100);

  /**
   * The system property that, set to {@code poll}, turns the platform's notifications off (the
   * environment variable {@code ROADMAP_WATCH} does the same when the property is not set).
   */
  public static final String MODE_PROPERTY = "roadmap.watch";

  /** A file as the scan last saw it. */
  private record Seen(long modified, long size) {}

  private final WatchService service;
  private final Map<WatchKey, Path> directories = new HashMap<>();
  private final List<Path> roots;
  private Map<Path, Seen> snapshot;

  /**
   * Starts watching, with the platform's notifications unless the system property {@value
   * #MODE_PROPERTY} is {@code poll}, and with the scan in any case.
   *
   * @param roots the directory trees; those that do not exist are ignored
   */
  public SourceWatcher(List<Path> roots) {
    this(roots, !"poll".equals(System.getProperty(MODE_PROPERTY, System.getenv("ROADMAP_WATCH"))));
  }

  /**
   * Starts watching.
   *
   * @param roots the directory trees; those that do not exist are ignored
   * @param notifications whether to use the platform's notifications beside the scan; when the
   *     platform has none, the scan is used alone
   */
  SourceWatcher(List<Path> roots, boolean notifications) {
    this.roots = List.copyOf(roots);
    this.service = notifications ? watchService() : null;
    this.snapshot = scan();
  }

  /**
   * Returns how changes are noticed, for the learner: {@code file-system events and a scan every
   * 100 ms}, or {@code a scan every 100 ms}.
   *
   * @return a short description
   */
  public String mechanism() {
    String scan = "a scan every " + POLL_INTERVAL.toMillis() + " ms";
    return service == null ? scan : "file-system events and " + scan;
  }

  private WatchService watchService() {
    WatchService created = null;
    try {
      created = FileSystems.getDefault().newWatchService();
      for (Path root : roots) {
        if (Files.isDirectory(root)) {
          registerTree(created, root);
        }
      }
      return created;
    } catch (IOException | UnsupportedOperationException e) {
      // No notifications here (or too few watches left): the scan alone will do.
      if (created != null) {
        try {
          created.close();
        } catch (IOException closing) {
          e.addSuppressed(closing);
        }
      }
      directories.clear();
      return null;
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
      waitAndCollect(POLL_INTERVAL.toMillis(), changed);
    }
    long quietUntil = System.nanoTime() + quiet.toNanos();
    while (true) {
      long left = TimeUnit.NANOSECONDS.toMillis(quietUntil - System.nanoTime());
      if (left <= 0) {
        return changed;
      }
      int before = changed.size();
      boolean more = waitAndCollect(Math.min(left, POLL_INTERVAL.toMillis()), changed);
      if (more || changed.size() > before) {
        quietUntil = System.nanoTime() + quiet.toNanos();
      }
    }
  }

  /**
   * Waits up to {@code millis} for a notification, then scans.
   *
   * @return whether anything was noticed
   */
  private boolean waitAndCollect(long millis, Set<String> changed) throws InterruptedException {
    boolean noticed = false;
    if (service != null) {
      WatchKey key = service.poll(Math.max(1, millis), TimeUnit.MILLISECONDS);
      while (key != null) {
        noticed |= collect(key, changed);
        key = service.poll();
      }
    } else {
      Thread.sleep(Math.max(1, millis));
    }
    Map<Path, Seen> now = scan();
    for (Map.Entry<Path, Seen> file : now.entrySet()) {
      if (!file.getValue().equals(snapshot.get(file.getKey()))) {
        noticed |= relevant(file.getKey()).map(changed::add).isPresent();
      }
    }
    for (Path gone : snapshot.keySet()) {
      if (!now.containsKey(gone)) {
        noticed |= relevant(gone).map(changed::add).isPresent();
      }
    }
    snapshot = now;
    return noticed;
  }

  /** The relevant files below the roots, with their modification times and sizes. */
  private Map<Path, Seen> scan() {
    Map<Path, Seen> files = new HashMap<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> paths = Files.walk(root)) {
        paths.forEach(
            path -> {
              if (relevant(path).isPresent()) {
                try {
                  if (Files.isRegularFile(path)) {
                    files.put(
                        path,
                        new Seen(Files.getLastModifiedTime(path).toMillis(), Files.size(path)));
                  }
                } catch (IOException e) {
                  // deleted while scanning: the next scan finds it gone
                }
              }
            });
      } catch (IOException | UncheckedIOException e) {
        // a directory deleted while walking: the next scan sees what is left
      }
    }
    return files;
  }

  private boolean collect(WatchKey key, Set<String> changed) {
    Path dir = directories.get(key);
    boolean noticed = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        // too many events to list: the scan that follows names the files
        noticed = true;
        continue;
      }
      if (dir == null) {
        continue;
      }
      Path path = dir.resolve((Path) event.context());
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
        try {
          // Files saved into it before it was watched have sent no event of their own.
          for (Path file : registerTree(service, path)) {
            noticed |= relevant(file).map(changed::add).isPresent();
          }
        } catch (IOException e) {
          // a directory that vanished at once holds nothing to check
        }
        continue;
      }
      noticed |= relevant(path).map(changed::add).isPresent();
    }
    if (!key.reset()) {
      directories.remove(key);
    }
    return noticed;
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
  private List<Path> registerTree(WatchService watchService, Path root) throws IOException {
    List<Path> files = new java.util.ArrayList<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        if (Files.isDirectory(path)) {
          directories.put(
              path.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), path);
        } else {
          files.add(path);
        }
      }
    }
    return files;
  }

  @Override
  public void close() {
    if (service == null) {
      return;
    }
    try {
      service.close();
    } catch (IOException e) {
      // nothing is left to release
    }
  }
}
