package dev.roadmapkit.kitcheck;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Runs an exercise's tests against one of its wrong solutions: the reference solution with the
 * wrong solution's files in place of the learner files it replaces. The kit build and {@code
 * ./roadmap dev check} use the CLI's in-process runner ({@link RunnerWrongSolutionRuns}).
 */
public interface WrongSolutionRuns {

  /**
   * Runs the exercise's tests against a wrong solution.
   *
   * @param moduleDir the exercise module
   * @param solutionDir the solution module
   * @param exercise the exercise
   * @param wrong the wrong solution
   * @return whether the tests rejected it
   */
  Verdict run(Path moduleDir, Path solutionDir, ExerciseView exercise, WrongSolution wrong);

  /**
   * Returns how long the runs took so far.
   *
   * @return seconds
   */
  double seconds();

  /**
   * Returns how many verdicts were reused from earlier builds instead of run.
   *
   * @return the count, 0 for runs that keep nothing
   */
  default int reused() {
    return 0;
  }

  /** What the tests made of a wrong solution. */
  sealed interface Verdict {

    /**
     * At least one test failed: the tests reject the mistake.
     *
     * @param failed the display names of the failed tests, in the order they ran
     */
    record Rejected(List<String> failed) implements Verdict {
      /**
       * Copies the list.
       *
       * @param failed the failed tests
       */
      public Rejected {
        failed = List.copyOf(failed);
      }
    }

    /**
     * Every test passed: the mistake gets through.
     *
     * @param tests how many tests ran
     */
    record Accepted(int tests) implements Verdict {}

    /**
     * The wrong solution does not compile, so it proves nothing about the tests.
     *
     * @param error the first compile error, as javac says it
     */
    record DidNotCompile(String error) implements Verdict {
      /**
       * Checks the message.
       *
       * @param error the first compile error
       */
      public DidNotCompile {
        Objects.requireNonNull(error, "error must not be null");
      }
    }
  }
}
