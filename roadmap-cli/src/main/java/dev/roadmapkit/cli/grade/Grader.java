package dev.roadmapkit.cli.grade;

import dev.roadmapkit.core.catalog.CatalogLoader;
import dev.roadmapkit.core.catalog.ModuleCatalog;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseId;
import dev.roadmapkit.kitcheck.ReportedCase;
import dev.roadmapkit.kitcheck.SurefireReports;
import dev.roadmapkit.kitcheck.TestOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grades a repository (the kit, or a class's repository made by {@code assign}) from the Surefire
 * reports of its last build: each exercise's test classes are looked up in its module's {@code
 * target/surefire-reports}, and the exercise earns its catalog's points in proportion to the tests
 * that passed, or all or nothing, as the teacher chooses.
 */
public final class Grader {

  /** Where Surefire writes a module's reports, relative to the module. */
  public static final String REPORTS = "target/surefire-reports";

  private Grader() {}

  /**
   * Grades the repository at {@code directory} by its own catalogs; with an {@code original}, the
   * assignment it was made from, the exercises, test classes and points come from the original's
   * catalogs, and an exercise whose tests or build differ from the original's earns nothing.
   *
   * @param directory a directory with {@code exercises/<module>/} modules and their reports
   * @param original the assignment as the teacher made it, if it is to be checked against
   * @param scoring how an exercise's points follow from its tests
   * @return the grades, one per exercise
   * @throws IOException if a catalog or a file cannot be read
   * @throws dev.roadmapkit.core.catalog.CatalogFormatException if a catalog is malformed
   */
  public static Gradebook grade(Path directory, Optional<Path> original, Scoring scoring)
      throws IOException {
    Path catalogs = original.orElse(directory);
    List<ModuleCatalog> modules = CatalogLoader.loadAll(catalogs.resolve("exercises"));
    Map<ExerciseId, List<String>> changed =
        original.isPresent() ? ChangedFiles.between(original.get(), directory, modules) : Map.of();
    List<ExerciseGrade> grades = new ArrayList<>();
    for (ModuleCatalog module : modules) {
      Path moduleDir = directory.resolve("exercises").resolve(module.module());
      Path reports = moduleDir.resolve(REPORTS);
      List<ReportedCase> cases =
          Files.isDirectory(reports) ? SurefireReports.read(reports) : List.of();
      TestSources sources = new TestSources(moduleDir);
      for (Exercise exercise : module.exercises()) {
        grades.add(grade(exercise, cases, sources, changed.getOrDefault(exercise.id(), List.of())));
      }
    }
    return new Gradebook(directory, original, grades, scoring);
  }

  /**
   * Whether any exercise's tests ran at all.
   *
   * @param gradebook the grades
   * @return false when there is nothing to grade
   */
  public static boolean anythingRan(Gradebook gradebook) {
    return gradebook.grades().stream().anyMatch(grade -> grade.ran() > 0);
  }

  static ExerciseGrade grade(
      Exercise exercise, List<ReportedCase> cases, TestSources sources, List<String> changedFiles) {
    List<ReportedCase> own = new ArrayList<>();
    for (ReportedCase reported : cases) {
      if (ClassroomResult.classIndex(reported.className(), exercise.tests()) >= 0) {
        own.add(reported);
      }
    }
    own.sort(
        Comparator.<ReportedCase>comparingInt(
                c -> ClassroomResult.classIndex(c.className(), exercise.tests()))
            .thenComparingInt(c -> sources.position(c.className(), c.name())));
    List<GradedTest> tests = new ArrayList<>();
    for (ReportedCase reported : own) {
      TestOutcome outcome = reported.outcome();
      GradedTest.Status status =
          switch (outcome.status()) {
            case PASSED -> GradedTest.Status.PASSED;
            case SKIPPED -> GradedTest.Status.SKIPPED;
            case FAILED -> reported.error() ? GradedTest.Status.ERROR : GradedTest.Status.FAILED;
          };
      tests.add(
          new GradedTest(
              ClassroomResult.simpleName(reported.className()) + "." + reported.name(),
              status,
              status == GradedTest.Status.PASSED
                  ? ""
                  : ClassroomResult.firstLine(outcome.message()),
              reported.output(),
              sources.isGuard(reported.className(), reported.name()),
              reported.className() + "#" + ClassroomResult.method(reported.name())));
    }
    return new ExerciseGrade(exercise, tests, changedFiles);
  }
}
