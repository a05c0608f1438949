package dev.roadmapkit.cli.runner;

import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseStatus;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One exercise's share of a run: its tests' outcomes, or the compile errors that kept them from
 * running. An exercise passes when every one of its tests ran and passed; a skipped test (a service
 * that is missing) leaves it unproven, so not passing.
 *
 * @param exercise the exercise
 * @param tests the outcomes of its tests; empty when the code did not compile
 * @param compileErrors the errors in its code; empty when it compiled
 */
public record ExerciseOutcome(
    Exercise exercise, List<TestResult> tests, List<CompileError> compileErrors) {

  /**
   * Checks for {@code null} and copies the lists.
   *
   * @param exercise the exercise
   * @param tests the outcomes of its tests
   * @param compileErrors the errors in its code
   */
  public ExerciseOutcome {
    Objects.requireNonNull(exercise, "exercise must not be null");
    tests = List.copyOf(tests);
    compileErrors = List.copyOf(compileErrors);
  }

  /**
   * Splits a run's result among the exercises that were run. Failures that belong to no test class
   * (the platform itself failed) count for every exercise. A compile error counts for the exercises
   * whose package holds the file, or for all of them when none does.
   *
   * @param result the run's result
   * @param exercises the exercises that were run
   * @return one outcome per exercise, in the given order
   */
  public static List<ExerciseOutcome> of(RunResult result, List<Exercise> exercises) {
    List<ExerciseOutcome> outcomes = new ArrayList<>();
    if (result instanceof RunResult.DidNotCompile failed) {
      List<Exercise> affected =
          exercises.stream().filter(e -> !errorsIn(e, failed.errors()).isEmpty()).toList();
      for (Exercise exercise : exercises) {
        List<CompileError> errors =
            affected.isEmpty() ? failed.errors() : errorsIn(exercise, failed.errors());
        outcomes.add(new ExerciseOutcome(exercise, List.of(), errors));
      }
      return outcomes;
    }
    RunResult.Ran ran = (RunResult.Ran) result;
    for (Exercise exercise : exercises) {
      List<TestResult> tests =
          ran.tests().stream()
              .filter(
                  t -> t.className().isEmpty() || exercise.tests().contains(t.topLevelClassName()))
              .toList();
      outcomes.add(new ExerciseOutcome(exercise, tests, List.of()));
    }
    return outcomes;
  }

  private static List<CompileError> errorsIn(Exercise exercise, List<CompileError> errors) {
    String packagePath =
        File.separator + exercise.packageName().replace('.', File.separatorChar) + File.separator;
    return errors.stream().filter(error -> error.file().toString().contains(packagePath)).toList();
  }

  /**
   * Tells whether the code compiled.
   *
   * @return {@code true} when there are no compile errors
   */
  public boolean compiled() {
    return compileErrors.isEmpty();
  }

  /**
   * Counts the tests with an outcome.
   *
   * @param status the outcome
   * @return how many tests had it
   */
  public long count(TestStatus status) {
    return tests.stream().filter(t -> t.status() == status).count();
  }

  /**
   * Tells whether the exercise is done: it compiled, it has tests, and every one passed.
   *
   * @return {@code true} when it passes
   */
  public boolean passes() {
    return compiled() && !tests.isEmpty() && count(TestStatus.PASSED) == tests.size();
  }

  /**
   * Returns the status to record in the progress file.
   *
   * @return passing or failing
   */
  public ExerciseStatus status() {
    return passes() ? ExerciseStatus.PASSING : ExerciseStatus.FAILING;
  }

  /**
   * Returns the first failing test, in the order the tests ran.
   *
   * @return the test, or empty if none failed
   */
  public Optional<TestResult> firstFailure() {
    return tests.stream().filter(t -> t.status() == TestStatus.FAILED).findFirst();
  }
}
