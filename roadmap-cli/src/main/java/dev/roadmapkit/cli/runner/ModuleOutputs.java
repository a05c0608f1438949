package dev.roadmapkit.cli.runner;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the build leaves in an exercise module's {@code target/} for the runner: the compiled tests
 * ({@code target/test-classes}) and the test class path ({@code target/test-classpath.txt}), and
 * whether they are missing or older than what they are made from.
 */
final class ModuleOutputs {

  static final String CLASSPATH_FILE = "target/test-classpath.txt";
  static final String TEST_CLASSES = "target/test-classes";

  private final Path moduleDir;
  private final Path testSources;
  private final Set<Path> learnerTests;
  private final List<Path> buildFiles;

  /**
   * @param moduleDir the module's directory: an exercise module, or a solution module that runs the
   *     exercise module's tests
   * @param testSources the test sources the compiled tests come from ({@code src/test} of the
   *     exercise module)
   * @param learnerTests test sources a learner edits (write-tests exercises), which the grading
   *     tests compile themselves: their changes do not make the compiled tests stale
   * @param buildFiles the build files whose change makes the class path stale (the poms)
   */
  ModuleOutputs(Path moduleDir, Path testSources, Set<Path> learnerTests, List<Path> buildFiles) {
    this.moduleDir = moduleDir;
    this.testSources = testSources;
    this.learnerTests = Set.copyOf(learnerTests);
    this.buildFiles = List.copyOf(buildFiles);
  }

  Path classpathFile() {
    return moduleDir.resolve(CLASSPATH_FILE);
  }

  Path testClasses() {
    return moduleDir.resolve(TEST_CLASSES);
  }

  /** Why the class path file cannot be used as it is, if it cannot. */
  Optional<String> classpathProblem() {
    Path file = classpathFile();
    if (!Files.isRegularFile(file)) {
      return Optional.of("first check: its tests are not built yet");
    }
    FileTime written = modified(file);
    for (Path build : buildFiles) {
      if (Files.isRegularFile(build) && modified(build).compareTo(written) > 0) {
        return Optional.of(
            build.getParent().getFileName() + "/" + build.getFileName() + " changed");
      }
    }
    for (Path entry : readClasspath()) {
      if (!Files.exists(entry)) {
        return Optional.of(entry.getFileName() + " is missing");
      }
    }
    return Optional.empty();
  }

  /** Why the compiled tests cannot be used as they are, if they cannot. */
  Optional<String> testClassesProblem() {
    Path classes = testClasses();
    if (!Files.isDirectory(classes)) {
      return Optional.of("its tests are not compiled yet");
    }
    Optional<FileTime> compiled = newest(classes);
    if (compiled.isEmpty()) {
      return Optional.of("its tests are not compiled yet");
    }
    Optional<FileTime> sources = newest(testSources, learnerTests);
    if (sources.isPresent() && sources.get().compareTo(compiled.get()) > 0) {
      return Optional.of("its tests changed");
    }
    return Optional.empty();
  }

  /** The entries of the class path file, in order. */
  List<Path> readClasspath() {
    String content;
    try {
      content = Files.readString(classpathFile(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new BuildException(
          "cannot read " + classpathFile() + " (" + e.getMessage() + "): rebuild the module", e);
    }
    List<Path> entries = new ArrayList<>();
    for (String entry : content.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(Path.of(entry.strip()));
      }
    }
    return entries;
  }

  /** A stamp that changes whenever the class path file is rewritten. */
  String classpathStamp() {
    Path file = classpathFile();
    try {
      return modified(file) + "/" + Files.size(file);
    } catch (IOException e) {
      return "missing";
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<FileTime> newest(Path dir) {
    return newest(dir, Set.of());
  }

  private static Optional<FileTime> newest(Path dir, Set<Path> leftOut) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !leftOut.contains(f.toAbsolutePath().normalize()))
          .map(ModuleOutputs::modified)
          .max(FileTime::compareTo);
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }
}
