package dev.roadmapkit.kitcheck;

import dev.roadmapkit.kitcheck.Finding.Invariant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads the galleries of wrong solutions under {@code solutions/<module>/wrong/} (DESIGN.md,
 * invariant 9): one directory per exercise, one directory per wrong solution in it, each holding a
 * one-line {@code bug.txt} and copies of some of the exercise's learner files with the mistake in
 * them. What does not follow that layout is a finding, never a silent skip.
 */
public final class WrongSolutionGallery {

  /** How many wrong solutions every exercise ships at least. */
  public static final int MINIMUM = 3;

  /** The gallery's directory in a solution module. */
  public static final String DIR = "wrong";

  /** The file that says, in one line, what a wrong solution gets wrong. */
  public static final String BUG_FILE = "bug.txt";

  /**
   * Under {@code solutions/}: the exercises whose galleries are still being written, one id a line.
   * Their problems are reported as pending instead of failing the build; an exercise whose gallery
   * is complete must leave the list, so it only ever shrinks.
   */
  public static final String PENDING_FILE = "solutions/wrong-solutions-pending.txt";

  private WrongSolutionGallery() {}

  /**
   * Returns the exercises listed in {@link #PENDING_FILE}, adding a finding for a line that is not
   * an exercise id.
   *
   * @param solutionsDir the {@code solutions/} directory
   * @param findings where problems go
   * @return the pending exercise ids; empty when there is no such file
   */
  public static Set<String> pending(Path solutionsDir, List<Finding> findings) {
    Path file = solutionsDir.resolve(PENDING_FILE.substring(PENDING_FILE.indexOf('/') + 1));
    if (!Files.isRegularFile(file)) {
      return Set.of();
    }
    Set<String> ids = new TreeSet<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String id = line.strip();
        if (id.isEmpty() || id.startsWith("#")) {
          continue;
        }
        if (!id.matches("[a-z0-9-]+/[a-z0-9-]+")) {
          findings.add(
              new Finding(
                  "solutions",
                  Invariant.WRONG_SOLUTIONS,
                  PENDING_FILE + " lists '" + id + "', which is not an exercise id"));
          continue;
        }
        ids.add(id);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      findings.add(
          new Finding(
              "solutions",
              Invariant.WRONG_SOLUTIONS,
              "cannot read " + PENDING_FILE + ": " + e.getMessage()));
    }
    return ids;
  }

  /**
   * Returns the wrong solutions of one exercise, adding a finding for each entry that breaks the
   * layout (which is then left out) and for a gallery smaller than {@link #MINIMUM}.
   *
   * @param solutionDir the solution module, {@code solutions/<module>}
   * @param exercise the exercise
   * @param findings where problems go
   * @return the well-formed entries, sorted by name
   */
  public static List<WrongSolution> read(
      Path solutionDir, ExerciseView exercise, List<Finding> findings) {
    String exerciseName = exercise.id().substring(exercise.id().indexOf('/') + 1);
    Path galleryDir = solutionDir.resolve(DIR).resolve(exerciseName);
    String where =
        "solutions/" + solutionDir.getFileName() + "/" + DIR + "/" + exerciseName + "/<name>/";
    List<WrongSolution> entries = new ArrayList<>();
    for (Path entry : directories(galleryDir)) {
      read(exercise, entry, where, findings).ifPresent(entries::add);
    }
    if (entries.size() < MINIMUM) {
      findings.add(
          new Finding(
              exercise.id(),
              Invariant.WRONG_SOLUTIONS,
              "has "
                  + entries.size()
                  + (entries.size() == 1 ? " wrong solution" : " wrong solutions")
                  + ", at least "
                  + MINIMUM
                  + " are needed: add the mistakes learners make as "
                  + where
                  + " (a one-line "
                  + BUG_FILE
                  + " and the learner files with the mistake in them)"));
    }
    return List.copyOf(entries);
  }

  /**
   * Adds a finding for each directory under a solution module's gallery that names no exercise.
   *
   * @param solutionDir the solution module
   * @param module the module's catalog
   * @param findings where problems go
   */
  public static void checkExercisesExist(
      Path solutionDir, ModuleView module, List<Finding> findings) {
    Set<String> names = new TreeSet<>();
    module.exercises().forEach(e -> names.add(e.id().substring(e.id().indexOf('/') + 1)));
    for (Path dir : directories(solutionDir.resolve(DIR))) {
      String name = dir.getFileName().toString();
      if (!names.contains(name)) {
        findings.add(
            new Finding(
                module.module(),
                Invariant.WRONG_SOLUTIONS,
                "solutions/"
                    + solutionDir.getFileName()
                    + "/"
                    + DIR
                    + "/"
                    + name
                    + " names no exercise of the module (known: "
                    + String.join(", ", names)
                    + ")"));
      }
    }
  }

  private static java.util.Optional<WrongSolution> read(
      ExerciseView exercise, Path entry, String where, List<Finding> findings) {
    String name = entry.getFileName().toString();
    String label = exercise.id() + " wrong solution " + name;
    int before = findings.size();
    String bug = bug(entry.resolve(BUG_FILE), label, findings);
    List<String> files = new ArrayList<>();
    for (String file : files(entry)) {
      if (file.equals(BUG_FILE)) {
        continue;
      }
      if (exercise.files().contains(file)) {
        files.add(file);
      } else {
        findings.add(
            new Finding(
                exercise.id(),
                Invariant.WRONG_SOLUTIONS,
                label
                    + " holds "
                    + file
                    + ", which is not a learner file of the exercise: a wrong solution replaces"
                    + " only files listed under files: in exercises.yaml ("
                    + String.join(", ", exercise.files())
                    + ")"));
      }
    }
    if (files.isEmpty() && findings.size() == before) {
      findings.add(
          new Finding(
              exercise.id(),
              Invariant.WRONG_SOLUTIONS,
              label
                  + " replaces no learner file: copy the files of the reference solution it"
                  + " changes into "
                  + where.replace("<name>", name)
                  + ", at their path under files: in exercises.yaml"));
    }
    if (findings.size() != before) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new WrongSolution(exercise.id(), name, bug, entry, files));
  }

  private static String bug(Path file, String label, List<Finding> findings) {
    String exerciseId = label.substring(0, label.indexOf(' '));
    if (!Files.isRegularFile(file)) {
      findings.add(
          new Finding(
              exerciseId,
              Invariant.WRONG_SOLUTIONS,
              label + " has no " + BUG_FILE + ": say in one line what it gets wrong"));
      return "";
    }
    List<String> lines;
    try {
      lines =
          Files.readAllLines(file, StandardCharsets.UTF_8).stream()
              .filter(l -> !l.isBlank())
              .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      findings.add(
          new Finding(
              exerciseId,
              Invariant.WRONG_SOLUTIONS,
              "cannot read " + label + "'s " + BUG_FILE + ": " + e.getMessage()));
      return "";
    }
    if (lines.size() != 1) {
      findings.add(
          new Finding(
              exerciseId,
              Invariant.WRONG_SOLUTIONS,
              label
                  + "'s "
                  + BUG_FILE
                  + " has "
                  + lines.size()
                  + " lines: it says in exactly one line what the wrong solution gets wrong"));
      return "";
    }
    return lines.get(0).strip();
  }

  private static List<Path> directories(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new KitCheckException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static List<String> files(Path entry) {
    try (Stream<Path> walk = Files.walk(entry)) {
      return walk.filter(Files::isRegularFile)
          .map(f -> entry.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new KitCheckException("cannot list " + entry + ": " + e.getMessage(), e);
    }
  }
}
