package dev.roadmapkit.kitcheck;

import java.util.Objects;

/**
 * What happened to one test in one run, over all its invocations: it failed if any invocation
 * failed, was skipped if none failed and any was skipped, and passed otherwise.
 *
 * @param message the first failure or skip message, empty when it passed
 * @param invocations how many invocations the report lists
 */
public record TestOutcome(Status status, String message, int invocations) {

  /** The result of a test. */
  public enum Status {
    PASSED,
    SKIPPED,
    FAILED
  }

  public TestOutcome {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
  }

  /** Folds another invocation of the same test into this outcome: the worse result wins. */
  TestOutcome plus(TestOutcome other) {
    int invocationsSoFar = invocations + other.invocations;
    return other.status.compareTo(status) > 0
        ? new TestOutcome(other.status, other.message, invocationsSoFar)
        : new TestOutcome(status, message, invocationsSoFar);
  }
}
