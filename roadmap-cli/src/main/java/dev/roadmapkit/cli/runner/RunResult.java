package dev.roadmapkit.cli.runner;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What a run of the runner gave: compile errors, or the tests' outcomes. */
public sealed interface RunResult {

  /**
   * Returns how long compiling the learner's code took.
   *
   * @return the compile time; zero when the code had not changed since it was last compiled
   */
  Duration compileTime();

  /**
   * The learner's code does not compile; no test ran.
   *
   * @param errors the compiler's errors, in the order it reported them
   * @param compileTime how long compiling took
   */
  record DidNotCompile(List<CompileError> errors, Duration compileTime) implements RunResult {

    /**
     * Copies the errors.
     *
     * @param errors the compiler's errors
     * @param compileTime how long compiling took
     */
    public DidNotCompile {
      errors = List.copyOf(errors);
      Objects.requireNonNull(compileTime, "compile time must not be null");
    }
  }

  /**
   * The tests ran.
   *
   * @param tests each test's outcome, in the order they finished
   * @param compileTime how long compiling took
   * @param testTime how long loading and running the tests took
   * @param stuck whether a test had to be abandoned because it ignored every attempt to stop it
   */
  record Ran(List<TestResult> tests, Duration compileTime, Duration testTime, boolean stuck)
      implements RunResult {

    /**
     * Copies the tests.
     *
     * @param tests each test's outcome
     * @param compileTime how long compiling took
     * @param testTime how long loading and running the tests took
     * @param stuck whether a test had to be abandoned
     */
    public Ran {
      tests = List.copyOf(tests);
      Objects.requireNonNull(compileTime, "compile time must not be null");
      Objects.requireNonNull(testTime, "test time must not be null");
    }
  }
}
