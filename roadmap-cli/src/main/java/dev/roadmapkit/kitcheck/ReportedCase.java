package dev.roadmapkit.kitcheck;

import java.util.Objects;

/**
 * One {@code <testcase>} of a Surefire report.
 *
 * @param className the {@code classname} attribute: the test class
 * @param name the {@code name} attribute, as Surefire wrote it
 */
public record ReportedCase(String className, String name, TestOutcome outcome) {

  public ReportedCase {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outcome, "outcome");
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
