package dev.roadmapkit.cli.runner;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one test, as the learner sees it.
 *
 * @param className the binary name of the test's class ({@code Outer$Inner} for nested classes)
 * @param memberName the test's method or field; empty for a test class that could not run at all
 * @param displayName the test's display name: the sentence the test's author wrote
 * @param status passed, failed or skipped
 * @param message for a failure, what went wrong in the learner's terms (the assertion's message, or
 *     the exception and the line it came from); for a skip, why; otherwise empty
 */
public record TestResult(
    String className,
    String memberName,
    String displayName,
    TestStatus status,
    List<String> message) {

  /**
   * Checks for {@code null} and copies the message.
   *
   * @param className the binary name of the test's class
   * @param memberName the test's method or field, or empty
   * @param displayName the display name
   * @param status the outcome
   * @param message the lines explaining a failure or skip
   */
  public TestResult {
    Objects.requireNonNull(className, "class name must not be null");
    Objects.requireNonNull(memberName, "member name must not be null");
    Objects.requireNonNull(displayName, "display name must not be null");
    Objects.requireNonNull(status, "status must not be null");
    message = List.copyOf(message);
  }

  /**
   * Returns the test's top-level class: nested test classes belong to their outer class's exercise.
   *
   * @return the binary name up to the first {@code $}
   */
  public String topLevelClassName() {
    int nested = className.indexOf('$');
    return nested < 0 ? className : className.substring(0, nested);
  }
}
