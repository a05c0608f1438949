package dev.roadmapkit.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.cli.runner.TestResult;
import dev.roadmapkit.cli.runner.TestStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A check's test lines")
class TestLinesTest {

  private static final String RERUN = "./roadmap check demo/x --every-test";

  private static TestResult failed(String name, String... message) {
    return new TestResult("demo.XTest", "m", name, TestStatus.FAILED, List.of(message));
  }

  private static TestResult passed(String name) {
    return new TestResult("demo.XTest", "m", name, TestStatus.PASSED, List.of());
  }

  private static List<String> lines(List<TestResult> tests) {
    return TestLines.of(tests, Symbols.ASCII, false, RERUN);
  }

  @Test
  @DisplayName(
      "shows a reason shared by many tests once, names three of the others, counts the rest")
  void groupsTheSameReason() {
    List<TestResult> tests = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      tests.add(failed("test " + i, "UnsupportedOperationException: TODO demo/x", "at X.<init>"));
    }

    assertThat(lines(tests))
        .containsExactly(
            "  x test 1",
            "      UnsupportedOperationException: TODO demo/x",
            "      at X.<init>",
            "    9 more tests fail for the same reason:",
            "      x test 2",
            "      x test 3",
            "      x test 4",
            "      … and 6 more");
  }

  @Test
  @DisplayName("takes messages that differ only in quoted values and numbers as the same reason")
  void quotedValuesAndNumbersAside() {
    List<String> lines =
        lines(
            List.of(
                failed("\"ada\" is refused", "[new Email(\"ada\") must throw: 'ada' at 3]"),
                failed("\"bob\" is refused", "[new Email(\"bob\") must throw: 'bob' at 12]"),
                failed("equal by value", "expected: true")));

    assertThat(lines)
        .containsExactly(
            "  x \"ada\" is refused",
            "      [new Email(\"ada\") must throw: 'ada' at 3]",
            "    1 more test fails for the same reason:",
            "      x \"bob\" is refused",
            "  x equal by value",
            "      expected: true");
  }

  @Test
  @DisplayName("puts tests skipped for the same reason on one line")
  void groupsSkips() {
    TestResult noRedis =
        new TestResult("demo.XTest", "m", "caches", TestStatus.SKIPPED, List.of("no Redis"));
    TestResult alsoNoRedis =
        new TestResult("demo.XTest", "m", "evicts", TestStatus.SKIPPED, List.of("no Redis"));
    TestResult noBroker =
        new TestResult("demo.XTest", "m", "queues", TestStatus.SKIPPED, List.of("no broker"));

    assertThat(lines(List.of(noRedis, passed("adds"), alsoNoRedis, noBroker)))
        .containsExactly(
            "  ~ 2 tests skipped: no Redis", "  ~ queues (skipped: no broker)", "  + adds");
  }

  @Test
  @DisplayName("counts passing tests on one line while something fails")
  void passesCounted() {
    assertThat(lines(List.of(passed("adds"), passed("subtracts"), failed("divides", "boom"))))
        .first()
        .isEqualTo("  + 2 tests pass: adds; subtracts");
  }

  @Test
  @DisplayName("lists the tests of a passing exercise, or counts them when there are many")
  void passingExercise() {
    assertThat(lines(List.of(passed("adds"), passed("subtracts"))))
        .containsExactly("  + adds", "  + subtracts");
    List<TestResult> many = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      many.add(passed("test " + i));
    }
    assertThat(lines(many)).containsExactly("  + 20 tests pass");
  }

  @Test
  @DisplayName("stays within its budget of lines, counting the reasons it leaves out")
  void staysWithinBudget() {
    List<TestResult> tests = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      tests.add(
          failed(
              "reason " + (char) ('a' + i % 26) + i,
              "line one of " + (char) ('a' + i % 26),
              "two",
              "three"));
    }

    List<String> lines = lines(tests);

    assertThat(lines).hasSizeLessThanOrEqualTo(TestLines.BUDGET);
    assertThat(lines.get(lines.size() - 1))
        .startsWith("  x ")
        .contains("more tests fail for")
        .contains("other reasons")
        .endsWith("(" + RERUN + " shows every test)");
  }

  @Test
  @DisplayName("cuts a long message, and says how to see it whole")
  void cutsLongMessages() {
    String[] message = new String[20];
    for (int i = 0; i < message.length; i++) {
      message[i] = "violation " + (char) ('a' + i);
    }

    List<String> lines = lines(List.of(failed("architecture rule", message)));

    assertThat(lines)
        .hasSize(1 + TestLines.MESSAGE_LINES + 2)
        .contains("      … 12 more lines")
        .endsWith("    (" + RERUN + " shows every message in full)");
  }

  @Test
  @DisplayName("with every test asked for, prints each test and its whole message")
  void everyTest() {
    List<String> lines =
        TestLines.of(
            List.of(
                passed("adds"), failed("divides", "boom", "at X"), failed("mods", "boom", "at X")),
            Symbols.ASCII,
            true,
            RERUN);

    assertThat(lines)
        .containsExactly(
            "  + adds",
            "  x divides",
            "      boom",
            "      at X",
            "  x mods",
            "      boom",
            "      at X");
  }
}
