package dev.roadmapkit.kitcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Wrong-solution verdicts kept between kit builds, so that a local re-run after an edit to one
 * exercise runs only the wrong solutions whose inputs changed. A verdict is filed under a SHA-256
 * of everything that decides it: the laid-out code (the exercise's main sources, the reference's
 * and the wrong solution's files over them), the compiled tests, every entry of the test class path
 * (a directory or a snapshot jar by content, a released jar of the local repository by path and
 * size), the test classes run, the service settings of the environment and the Java version. Only
 * rejections are kept: an entry that gets through, or does not compile, is run again each time, so
 * a build never passes on a stored verdict that a run would not give.
 *
 * <p>A fresh machine has no store and runs every entry; a file that cannot be read is a miss.
 */
final class VerdictStore {

  /** Bumped when what goes into a key changes. */
  private static final String FORMAT = "roadmap-wrong-verdict-1";

  private static final List<String> ENVIRONMENT =
      List.of(
          "ROADMAP_POSTGRES_URL",
          "ROADMAP_REDIS_URL",
          "ROADMAP_BROKER_URL",
          "ROADMAP_REQUIRE_SERVICES",
          "ROADMAP_USE_DOCKER");

  private final Path dir;
  private final Path localRepository;
  private final Map<Path, String> digests = new HashMap<>();
  private int reused;

  /**
   * A store in {@code dir}, created when the first verdict is kept.
   *
   * @param dir where the verdicts are kept, such as {@code ~/.cache/roadmap-kit/wrong-solutions}
   * @param localRepository Maven's local repository, whose released jars never change in place
   */
  VerdictStore(Path dir, Path localRepository) {
    this.dir = dir;
    this.localRepository = localRepository.toAbsolutePath().normalize();
  }

  /** How many verdicts were reused so far. */
  int reused() {
    return reused;
  }

  /**
   * The key of a run: the laid-out code, the tests and their class path, the tests to run.
   *
   * @param layout the laid-out code of the run
   * @param testsDir the module directory whose compiled tests and class path the run uses
   * @param testClasses the test classes the run runs
   * @return the key, 64 hexadecimal digits
   */
  String key(Path layout, Path testsDir, List<String> testClasses) {
    MessageDigest digest = sha256();
    update(digest, FORMAT);
    update(digest, "java " + Runtime.version());
    for (String variable : ENVIRONMENT) {
      update(digest, variable + "=" + Optional.ofNullable(System.getenv(variable)).orElse(""));
    }
    testClasses.forEach(test -> update(digest, "test " + test));
    update(digest, "code " + treeDigest(layout.resolve("src/main")));
    Path testClassesDir = testsDir.resolve("target/test-classes");
    update(digest, "tests " + digests.computeIfAbsent(testClassesDir, VerdictStore::treeDigest));
    Path classpathFile = testsDir.resolve("target/test-classpath.txt");
    if (Files.isRegularFile(classpathFile)) {
      String classpath = read(classpathFile).strip();
      for (String entry : classpath.split(java.io.File.pathSeparator)) {
        if (!entry.isEmpty()) {
          update(digest, "classpath " + entry + " " + entryDigest(Path.of(entry)));
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The rejection filed under {@code key}, if one is.
   *
   * @param key a key made by {@link #key}
   * @return the failed tests' names of the stored rejection
   */
  Optional<List<String>> rejection(String key) {
    Path file = dir.resolve(key.substring(0, 2)).resolve(key + ".txt");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<String> failed = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (failed.isEmpty() || !failed.get(0).equals(FORMAT)) {
        return Optional.empty();
      }
      List<String> names = failed.subList(1, failed.size());
      if (names.isEmpty()) {
        return Optional.empty();
      }
      reused++;
      return Optional.of(List.copyOf(names));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /**
   * Files a rejection under {@code key}; a failure to write only means it is run again next time.
   *
   * @param key a key made by {@link #key}
   * @param failed the names of the tests that failed
   */
  void keep(String key, List<String> failed) {
    Path file = dir.resolve(key.substring(0, 2)).resolve(key + ".txt");
    try {
      Files.createDirectories(file.getParent());
      Path temporary = Files.createTempFile(file.getParent(), key, ".tmp");
      try {
        List<String> lines = new ArrayList<>();
        lines.add(FORMAT);
        failed.forEach(name -> lines.add(name.replace('\n', ' ').replace('\r', ' ')));
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      // the store is an optimisation: the verdict stands, it is only not kept
    }
  }

  private String entryDigest(Path entry) {
    Path normalized = entry.toAbsolutePath().normalize();
    if (Files.isDirectory(normalized)) {
      return digests.computeIfAbsent(normalized, VerdictStore::treeDigest);
    }
    if (!Files.isRegularFile(normalized)) {
      return "missing";
    }
    if (normalized.startsWith(localRepository) && !normalized.toString().contains("-SNAPSHOT")) {
      try {
        return "size " + Files.size(normalized);
      } catch (IOException e) {
        return "unreadable at " + System.nanoTime();
      }
    }
    return digests.computeIfAbsent(normalized, VerdictStore::fileDigest);
  }

  /** Every regular file under {@code root}, by relative path and content. */
  static String treeDigest(Path root) {
    MessageDigest digest = sha256();
    if (!Files.isDirectory(root)) {
      return "none";
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path file : files) {
      update(digest, root.relativize(file).toString().replace('\\', '/'));
      update(digest, fileDigest(file));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String fileDigest(Path file) {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[65536];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
    } catch (IOException e) {
      return "unreadable at " + System.nanoTime(); // never the same key twice: a miss
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static void update(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update((byte) (bytes.length >>> 24));
    digest.update((byte) (bytes.length >>> 16));
    digest.update((byte) (bytes.length >>> 8));
    digest.update((byte) bytes.length);
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
