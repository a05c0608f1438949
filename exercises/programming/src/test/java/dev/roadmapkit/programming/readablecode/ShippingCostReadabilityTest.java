package dev.roadmapkit.programming.readablecode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.programming.readablecode.MethodMetrics.Measured;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The readability limits, measured on the source of this package with JavaParser: every method and
 * constructor of every file in it. Each failure names the method, its line, its measure and the
 * limit, and says what usually helps.
 */
@DisplayName("programming/readable-code: every method is short, flat and simple")
class ShippingCostReadabilityTest {

  static final int MAX_BODY_LINES = 15;
  static final int MAX_NESTING = 2;
  static final int MAX_COMPLEXITY = 5;

  private static List<Measured> methods;

  @BeforeAll
  static void measure() {
    methods = MethodMetrics.measureAll(MethodMetrics.packageSources(ShippingCost.class));
  }

  @Test
  @DisplayName("every method body has at most 15 lines of code")
  void shortMethods() {
    assertNone(
        m -> m.bodyLines() > MAX_BODY_LINES,
        m ->
            m.bodyLines()
                + " lines of code in its body, limit "
                + MAX_BODY_LINES
                + ": extract each step (the checks, the price of a zone, the discount, the"
                + " insurance) into a private method whose name says what it does",
        "long methods");
  }

  @Test
  @DisplayName("no method nests if, loops, switch or try more than 2 levels deep")
  void flatMethods() {
    assertNone(
        m -> m.nesting() > MAX_NESTING,
        m ->
            "nesting depth "
                + m.nesting()
                + " (deepest at line "
                + m.deepestLine()
                + "), limit "
                + MAX_NESTING
                + ": refuse the bad cases first with guard clauses (if (bad) throw ...;) so the"
                + " rest needs no else, and give each zone its own method",
        "deep nesting");
  }

  @Test
  @DisplayName("every method has a cyclomatic complexity of at most 5")
  void simpleMethods() {
    assertNone(
        m -> m.complexity() > MAX_COMPLEXITY,
        m ->
            "cyclomatic complexity "
                + m.complexity()
                + ", limit "
                + MAX_COMPLEXITY
                + " (1, plus 1 per if, loop, case, catch, &&, || and ?:): extract the rules per"
                + " zone into methods, and a switch over the zone that calls them",
        "complex methods");
  }

  @Test
  @DisplayName("no method takes a boolean flag argument")
  void noFlagArguments() {
    assertNone(
        m -> !m.flagParameters().isEmpty(),
        m ->
            "boolean parameter "
                + String.join(", ", m.flagParameters())
                + ": a flag means the method does two things and the caller must know which;"
                + " make two methods, or decide at the call site whether to call it at all",
        "flag arguments");
  }

  @Test
  @DisplayName("no number other than 0 and 1 appears inside a method: each has a name")
  void noMagicNumbers() {
    assertNone(
        m -> !m.magicNumbers().isEmpty(),
        m ->
            "magic numbers "
                + String.join(", ", m.magicNumbers())
                + ": what is 1250, or 500? Name each one as a private static final constant"
                + " (EU_BASE_CENTS, EU_STEP_GRAMS) and use the name",
        "magic numbers");
  }

  private static void assertNone(
      java.util.function.Predicate<Measured> breaks,
      Function<Measured, String> explain,
      String what) {
    assertThat(methods).as("the methods found in the package's source").isNotEmpty();
    List<String> found =
        methods.stream().filter(breaks).map(m -> m.where() + ": " + explain.apply(m)).toList();
    assertThat(found)
        .withFailMessage(
            () ->
                what
                    + " found; the behaviour tests (guards) keep what the code computes while you"
                    + " change it:\n  "
                    + String.join("\n  ", found))
        .isEmpty();
  }
}
