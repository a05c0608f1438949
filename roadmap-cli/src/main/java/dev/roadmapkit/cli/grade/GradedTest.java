package dev.roadmapkit.cli.grade;

import java.util.Objects;

/**
 * One test of an exercise as its report gives it.
 *
 * @param name the test class's simple name and the test's name, such as {@code
 *     LruCacheTest.evictsTheEldest}
 * @param status what happened to it
 * @param message the first line of its failure or skip message; empty when it passed
 * @param output what it printed, possibly empty
 * @param guard whether it is tagged {@code guard}: it protects behaviour the exercise must keep,
 *     passes on the starting code too, and so earns no points by itself
 * @param test the test this is an invocation of, {@code class#method} (or the jqwik label): the
 *     invocations of a parameterized test share one, and points count tests, not invocations
 */
public record GradedTest(
    String name, Status status, String message, String output, boolean guard, String test) {

  /** What happened to a test. */
  public enum Status {
    /** It passed. */
    PASSED,
    /** An assertion failed. */
    FAILED,
    /** It ended with an exception other than a failed assertion. */
    ERROR,
    /** It did not run (a service was missing, say). */
    SKIPPED
  }

  /**
   * Checks the components.
   *
   * @param name the test's name
   * @param status what happened
   * @param message the first line of its message
   * @param output what it printed
   * @param guard whether it is a guard
   * @param test the test it is an invocation of
   */
  public GradedTest {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(message, "message must not be null");
    Objects.requireNonNull(output, "output must not be null");
    Objects.requireNonNull(test, "test must not be null");
  }
}
