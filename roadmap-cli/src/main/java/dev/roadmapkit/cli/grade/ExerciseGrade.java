package dev.roadmapkit.cli.grade;

import dev.roadmapkit.core.model.Exercise;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The grade of one exercise: its tests as the reports give them, in source order, and the files of
 * its tests or build that differ from the assignment's (which make whatever the tests say worth
 * nothing).
 *
 * @param exercise the exercise, with the points it is worth
 * @param tests its tests, in the order of their source files
 * @param changedFiles the files of its tests or of the build that differ from the assignment's,
 *     each with what happened to it, such as {@code exercises/caching/pom.xml (changed)}; empty
 *     when nothing changed or nothing was compared
 */
public record ExerciseGrade(Exercise exercise, List<GradedTest> tests, List<String> changedFiles) {

  /** What happened to an exercise's tests. */
  public enum Status {
    /** Its tests or the build differ from the assignment's: whatever they say earns nothing. */
    TESTS_CHANGED,
    /** Every test ran and passed: the exercise earns its points. */
    PASSED,
    /** A test failed. */
    FAILED,
    /** No test failed but some were skipped. */
    SKIPPED,
    /** No report names any of its test classes: its tests did not run. */
    NOT_RUN
  }

  /**
   * Checks the components and copies the lists.
   *
   * @param exercise the exercise
   * @param tests its tests
   * @param changedFiles the files that differ from the assignment's
   */
  public ExerciseGrade {
    Objects.requireNonNull(exercise, "exercise must not be null");
    tests = List.copyOf(tests);
    changedFiles = List.copyOf(changedFiles);
  }

  /**
   * Returns what happened to the exercise's tests.
   *
   * @return the status
   */
  public Status status() {
    if (!changedFiles.isEmpty()) {
      return Status.TESTS_CHANGED;
    }
    if (!failing().isEmpty()) {
      return Status.FAILED;
    }
    if (skipped() > 0) {
      return Status.SKIPPED;
    }
    return passed() > 0 ? Status.PASSED : Status.NOT_RUN;
  }

  /**
   * Returns the points earned under a scoring rule. Guard tests (which pass on the starting code
   * too) earn nothing by themselves: proportional points count the other tests, and a failing guard
   * (behaviour the exercise had to keep, broken) leaves the exercise without points.
   *
   * @param scoring proportional to the passing tests, or all or nothing
   * @return from 0 to the exercise's points; 0 when its tests or build were changed
   */
  public double earned(Scoring scoring) {
    if (status() == Status.TESTS_CHANGED) {
      return 0;
    }
    if (scoring == Scoring.ALL_OR_NOTHING) {
      return scoring.earned(exercise.points(), passed(), ran());
    }
    Map<String, List<GradedTest>> byTest = new LinkedHashMap<>();
    for (GradedTest test : tests) {
      byTest.computeIfAbsent(test.test(), key -> new ArrayList<>()).add(test);
    }
    boolean guardFailed =
        tests.stream().anyMatch(test -> test.guard() && test.status() != GradedTest.Status.PASSED);
    if (guardFailed) {
      return 0;
    }
    int graded = 0;
    int passing = 0;
    for (List<GradedTest> invocations : byTest.values()) {
      if (invocations.stream().anyMatch(GradedTest::guard)) {
        continue;
      }
      graded++;
      if (invocations.stream().allMatch(t -> t.status() == GradedTest.Status.PASSED)) {
        passing++;
      }
    }
    if (graded == 0) {
      return scoring.earned(exercise.points(), passed(), ran());
    }
    return scoring.earned(exercise.points(), passing, graded);
  }

  /**
   * Returns how many of its tests passed.
   *
   * @return the count
   */
  public int passed() {
    return count(GradedTest.Status.PASSED);
  }

  /**
   * Returns how many of its tests were skipped.
   *
   * @return the count
   */
  public int skipped() {
    return count(GradedTest.Status.SKIPPED);
  }

  /**
   * Returns its failing tests (failed assertions and errors), in source order.
   *
   * @return the tests
   */
  public List<GradedTest> failing() {
    return tests.stream()
        .filter(
            test ->
                test.status() == GradedTest.Status.FAILED
                    || test.status() == GradedTest.Status.ERROR)
        .toList();
  }

  /**
   * Returns how many of its tests ran (passed, failed or skipped).
   *
   * @return the count
   */
  public int ran() {
    return tests.size();
  }

  private int count(GradedTest.Status status) {
    return (int) tests.stream().filter(test -> test.status() == status).count();
  }
}
