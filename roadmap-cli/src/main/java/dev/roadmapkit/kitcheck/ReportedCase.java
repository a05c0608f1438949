package dev.roadmapkit.kitcheck;

import java.util.Objects;

/**
 * One {@code <testcase>} of a Surefire report.
 *
 * @param className the {@code classname} attribute: the test class
 * @param name the {@code name} attribute, as Surefire wrote it
 * @param outcome passed, failed or skipped, with the message
 * @param error whether a failure was an {@code <error>} (an exception other than a failed
 *     assertion) rather than a {@code <failure>}
 * @param output what the test printed ({@code system-out}, then {@code system-err}), possibly empty
 */
public record ReportedCase(
    String className, String name, TestOutcome outcome, boolean error, String output) {

  public ReportedCase {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(output, "output");
  }

  /** A case that printed nothing, its failure (if any) a failed assertion. */
  public ReportedCase(String className, String name, TestOutcome outcome) {
    this(className, name, outcome, false, "");
  }

  /**
   * Whether this case is an invocation of {@code test}: its method name, an invocation of it
   * ({@code name(Type)[2]}, {@code name[2]}), or its jqwik label.
   */
  public boolean isInvocationOf(DiscoveredTest test) {
    if (!className.equals(test.key().className())) {
      return false;
    }
    String method = test.key().name();
    return name.equals(method)
        || name.startsWith(method + "(")
        || name.startsWith(method + "[")
        || test.label().map(name::equals).orElse(false);
  }
}
