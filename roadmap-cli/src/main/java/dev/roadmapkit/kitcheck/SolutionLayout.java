package dev.roadmapkit.kitcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A reference solution laid out as the code a learner would have: a solution module holds only the
 * files the learner writes, so its code is the exercise module's main sources and resources with
 * the solution's files over them, and, for a wrong solution, that one's files over those. The kit
 * build compiles solution modules the same way (solutions/pom.xml copies the exercise's other
 * files).
 */
public final class SolutionLayout implements AutoCloseable {

  private final Path dir;

  private SolutionLayout(Path dir) {
    this.dir = dir;
  }

  /**
   * Lays the layers out in a new temporary directory, each layer's {@code src/main} over the ones
   * before it, then the overlay's files (relative paths under {@code overlayDir}).
   *
   * @param layers module directories whose {@code src/main} trees are copied, in order
   * @param overlayDir the directory the overlay's files are relative to; ignored when they are none
   * @param overlay files to copy over the layers, such as a wrong solution's
   * @return the layout, removed again by {@link #close()}
   * @throws IOException if a file cannot be copied
   */
  static SolutionLayout of(List<Path> layers, Path overlayDir, List<String> overlay)
      throws IOException {
    SolutionLayout layout = new SolutionLayout(Files.createTempDirectory("roadmap-solution-"));
    try {
      layOut(layout.dir, layers, overlayDir, overlay);
      return layout;
    } catch (IOException | RuntimeException e) {
      layout.close();
      throw e;
    }
  }

  /**
   * Lays the layers out in {@code dir}, replacing the {@code src/main} and {@code src/test/java} it
   * had: each layer's {@code src/main} over the ones before it, with the {@code src/test/java} of
   * every layer after the first (a solution's: the reference tests of write-tests exercises), then
   * the overlay's files (relative paths under {@code overlayDir}).
   *
   * @param dir the directory to lay the code out in; created when missing
   * @param layers module directories whose {@code src/main} trees are copied, in order
   * @param overlayDir the directory the overlay's files are relative to
   * @param overlay files to copy over the layers, such as a wrong solution's
   * @throws IOException if a file cannot be copied
   */
  public static void layOut(Path dir, List<Path> layers, Path overlayDir, List<String> overlay)
      throws IOException {
    Path main = dir.resolve("src/main");
    if (Files.exists(main)) {
      deleteTree(main);
    }
    Path tests = dir.resolve("src/test/java");
    if (Files.exists(tests)) {
      deleteTree(tests);
    }
    for (int i = 0; i < layers.size(); i++) {
      copyTree(layers.get(i).resolve("src/main"), main);
      if (i > 0) {
        // A solution's test sources are a write-tests exercise's reference tests, which its
        // grading tests read from the laid-out code (solution modules hold no other tests).
        copyTree(layers.get(i).resolve("src/test/java"), tests);
      }
    }
    for (String file : overlay) {
      Path target = dir.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(overlayDir.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The laid-out code: a directory with {@code src/main/java} and {@code src/main/resources}. */
  public Path dir() {
    return dir;
  }

  @Override
  public void close() {
    try {
      deleteTree(dir);
    } catch (IOException e) {
      // a temporary directory left behind is no reason to fail the check
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
