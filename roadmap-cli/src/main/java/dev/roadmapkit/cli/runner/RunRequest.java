package dev.roadmapkit.cli.runner;

import dev.roadmapkit.core.model.Exercise;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to run: some exercises of one module, against the code in a module directory.
 *
 * @param module the exercise module whose tests run, such as {@code caching}
 * @param codeDir the directory whose {@code src/main/java} is compiled and tested: the exercise
 *     module itself for the learner's code, or {@code solutions/<module>} for the reference
 * @param testsDir the module directory whose compiled tests and test class path the run uses: the
 *     exercise module, or the solution module (its tests are the exercise's, compiled against the
 *     solution)
 * @param exercises the exercises whose test classes run, all of the module
 * @param stopAtFirstFailure whether the Jupiter tests after the first failing one are skipped, for
 *     a run that needs only to know whether some test fails
 */
public record RunRequest(
    String module,
    Path codeDir,
    Path testsDir,
    List<Exercise> exercises,
    boolean stopAtFirstFailure) {

  /**
   * Checks the components and copies the list.
   *
   * @param module the exercise module whose tests run
   * @param codeDir the directory whose {@code src/main/java} is compiled and tested
   * @param testsDir the module directory whose compiled tests and test class path the run uses
   * @param exercises the exercises whose test classes run
   * @param stopAtFirstFailure whether the Jupiter tests after the first failing one are skipped
   * @throws IllegalArgumentException if there is no exercise, or one is of another module
   */
  public RunRequest {
    Objects.requireNonNull(module, "module must not be null");
    Objects.requireNonNull(codeDir, "code directory must not be null");
    Objects.requireNonNull(testsDir, "tests directory must not be null");
    exercises = List.copyOf(exercises);
    if (exercises.isEmpty()) {
      throw new IllegalArgumentException("a run needs at least one exercise");
    }
    for (Exercise exercise : exercises) {
      if (!exercise.id().module().equals(module)) {
        throw new IllegalArgumentException(
            "exercise " + exercise.id() + " is not in module " + module);
      }
    }
  }

  /**
   * A run of every test.
   *
   * @param module the exercise module whose tests run
   * @param codeDir the directory whose {@code src/main/java} is compiled and tested
   * @param testsDir the module directory whose compiled tests and test class path the run uses
   * @param exercises the exercises whose test classes run
   */
  public RunRequest(String module, Path codeDir, Path testsDir, List<Exercise> exercises) {
    this(module, codeDir, testsDir, exercises, false);
  }

  /**
   * This run, ended at its first failing Jupiter test: the tests after it are skipped.
   *
   * @return the request
   */
  public RunRequest stoppingAtFirstFailure() {
    return new RunRequest(module, codeDir, testsDir, exercises, true);
  }

  /**
   * Returns a run of the learner's code in an exercise module, with the module's own tests.
   *
   * @param module the module, such as {@code caching}
   * @param moduleDir its directory
   * @param exercises the exercises to run
   * @return the request
   */
  public static RunRequest learner(String module, Path moduleDir, List<Exercise> exercises) {
    return new RunRequest(module, moduleDir, moduleDir, exercises);
  }
}
