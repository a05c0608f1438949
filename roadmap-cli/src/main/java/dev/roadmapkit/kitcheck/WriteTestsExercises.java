package dev.roadmapkit.kitcheck;

import dev.roadmapkit.core.model.Exercise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The parts of the check that belong to write-tests exercises: those whose learner files are test
 * sources ({@code src/test/java/...}). The learner's test classes are graded by the exercise's
 * grading tests (exercise support's {@code WriteTestsGrader}), so they are not tests the check
 * counts; and the buggy variants the grading runs them against must each say what they get wrong,
 * replace a class the exercise gives, and differ from it.
 */
final class WriteTestsExercises {

  /** How few variants make an exercise worth grading by the bugs caught. */
  static final int MIN_VARIANTS = 3;

  private static final String TEST_SOURCES = "src/test/java/";
  private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private WriteTestsExercises() {}

  /** Whether an exercise's learner writes tests: some of its files are test sources. */
  static boolean writesTests(ExerciseView exercise) {
    return exercise.files().stream().anyMatch(Exercise::isTestSource);
  }

  /** The binary names of the learner's test classes in a module: its files under src/test/java. */
  static Set<String> learnerTestClasses(ModuleView module) {
    Set<String> classes = new LinkedHashSet<>();
    for (ExerciseView exercise : module.exercises()) {
      for (String file : exercise.files()) {
        if (Exercise.isTestSource(file)
            && file.startsWith(TEST_SOURCES)
            && file.endsWith(".java")) {
          classes.add(
              file.substring(TEST_SOURCES.length(), file.length() - ".java".length())
                  .replace('/', '.'));
        }
      }
    }
    return classes;
  }

  /**
   * Checks the variants of every write-tests exercise, under {@code src/test/resources/<package
   * path>/variants/<name>/}: at least {@value #MIN_VARIANTS}, each with a one-line {@code bug.txt}
   * and Java files that replace files of the exercise's package and are not the same code (comments
   * and spacing aside).
   */
  static void checkVariants(Path moduleDir, ModuleView module, List<Finding> findings) {
    for (ExerciseView exercise : module.exercises()) {
      if (!writesTests(exercise)) {
        continue;
      }
      String packagePath = exercise.packageName().replace('.', '/');
      Path variants =
          moduleDir.resolve("src/test/resources").resolve(packagePath).resolve("variants");
      Path given = moduleDir.resolve("src/main/java").resolve(packagePath);
      List<Path> dirs;
      try (Stream<Path> list =
          Files.isDirectory(variants) ? Files.list(variants) : Stream.empty()) {
        dirs = list.filter(Files::isDirectory).sorted().toList();
      } catch (IOException | UncheckedIOException e) {
        findings.add(
            new Finding(
                exercise.id(), Finding.Invariant.CATALOG, "cannot list " + variants + ": " + e));
        continue;
      }
      if (dirs.size() < MIN_VARIANTS) {
        findings.add(
            new Finding(
                exercise.id(),
                Finding.Invariant.CATALOG,
                "a write-tests exercise needs at least "
                    + MIN_VARIANTS
                    + " buggy variants under src/test/resources/"
                    + packagePath
                    + "/variants/, it has "
                    + dirs.size()));
      }
      for (Path dir : dirs) {
        checkVariant(exercise, dir, given, findings);
      }
    }
  }

  private static void checkVariant(
      ExerciseView exercise, Path dir, Path given, List<Finding> findings) {
    String name = dir.getFileName().toString();
    try {
      Path bug = dir.resolve("bug.txt");
      if (!Files.isRegularFile(bug) || Files.readString(bug, StandardCharsets.UTF_8).isBlank()) {
        findings.add(
            new Finding(
                exercise.id(),
                Finding.Invariant.CATALOG,
                "variant "
                    + name
                    + " has no bug.txt: write one line saying what it gets wrong, in the"
                    + " learner's words (it is shown when the learner's tests miss it)"));
      }
      List<Path> sources;
      try (Stream<Path> files = Files.list(dir)) {
        sources = files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().toList();
      }
      if (sources.isEmpty()) {
        findings.add(
            new Finding(
                exercise.id(),
                Finding.Invariant.CATALOG,
                "variant " + name + " has no .java file: it replaces nothing"));
      }
      boolean differs = false;
      for (Path source : sources) {
        Path correct = given.resolve(source.getFileName().toString());
        if (!Files.isRegularFile(correct)) {
          findings.add(
              new Finding(
                  exercise.id(),
                  Finding.Invariant.CATALOG,
                  "variant "
                      + name
                      + " has "
                      + source.getFileName()
                      + ", which replaces no file of the exercise's package"));
          differs = true;
        } else if (!normalized(source).equals(normalized(correct))) {
          differs = true;
        }
      }
      if (!sources.isEmpty() && !differs) {
        findings.add(
            new Finding(
                exercise.id(),
                Finding.Invariant.SOLUTIONS_PASS,
                "variant "
                    + name
                    + " is identical to the correct code (comments and spacing aside), so no test"
                    + " can catch it: give it the bug its bug.txt describes"));
      }
    } catch (IOException | UncheckedIOException e) {
      findings.add(
          new Finding(
              exercise.id(), Finding.Invariant.CATALOG, "cannot read variant " + name + ": " + e));
    }
  }

  private static String normalized(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return SPACE.matcher(COMMENTS.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
  }
}
