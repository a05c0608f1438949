package dev.roadmapkit.cli.grade;

import dev.roadmapkit.core.model.Exercise;
import java.util.List;
import java.util.Objects;

/**
 * The grade of one exercise: its points when every one of its tests ran and passed, and the tests
 * and the build were those of the assignment; none otherwise.
 *
 * @param exercise the exercise, with the points it is worth
 * @param passed how many of its tests passed
 * @param failing its failing tests, with their first message
 * @param skipped how many of its tests were skipped (a missing service, say)
 * @param changedFiles the files of its tests or of the build that differ from the assignment's,
 *     each with what happened to it, such as {@code exercises/caching/pom.xml (changed)}; empty
 *     when nothing changed or nothing was compared
 */
public record ExerciseGrade(
    Exercise exercise,
    int passed,
    List<FailingTest> failing,
    int skipped,
    List<String> changedFiles) {

  /**
   * A failing test.
   *
   * @param name the test class's simple name and the test's name, such as {@code
   *     LruCacheTest.evictsTheEldest}
   * @param message the first line of its failure message, possibly empty
   */
  public record FailingTest(String name, String message) {

    /**
     * Checks the components.
     *
     * @param name the test's name
     * @param message the first line of its failure message
     */
    public FailingTest {
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(message, "message must not be null");
    }
  }

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
   * @param passed how many of its tests passed
   * @param failing its failing tests
   * @param skipped how many of its tests were skipped
   * @param changedFiles the files that differ from the assignment's
   */
  public ExerciseGrade {
    Objects.requireNonNull(exercise, "exercise must not be null");
    failing = List.copyOf(failing);
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
    if (!failing.isEmpty()) {
      return Status.FAILED;
    }
    if (skipped > 0) {
      return Status.SKIPPED;
    }
    return passed > 0 ? Status.PASSED : Status.NOT_RUN;
  }

  /**
   * Returns the points earned.
   *
   * @return the exercise's points if it passed, else 0
   */
  public int earned() {
    return status() == Status.PASSED ? exercise.points() : 0;
  }

  /**
   * Returns how many of its tests ran (passed, failed or skipped).
   *
   * @return the count
   */
  public int ran() {
    return passed + failing.size() + skipped;
  }
}
