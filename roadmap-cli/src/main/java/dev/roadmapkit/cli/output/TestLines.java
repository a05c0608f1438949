package dev.roadmapkit.cli.output;

import dev.roadmapkit.cli.runner.TestResult;
import dev.roadmapkit.cli.runner.TestStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The lines one exercise's tests get in a check, short enough to read on one screen: tests that
 * fail for the same reason are shown once in full, then named; tests skipped for the same reason
 * share a line; passing tests are counted, not listed, while something fails; past a budget of
 * lines the remaining reasons are only counted.
 *
 * <p>Two failures have the same reason when their messages are equal once quoted values and numbers
 * are set aside: the starting code's TODO under every test, or one check of a parameterized test
 * failing for each of its cases.
 */
final class TestLines {

  /** Test lines that, with the exercise's name and the verdict, fit a 24-line screen. */
  static final int BUDGET = 17;

  /** Message lines shown of one failure. */
  static final int MESSAGE_LINES = 8;

  /** Tests named under a failure that stands for them. */
  static final int NAMED = 3;

  /** A passing exercise lists its tests when it has at most this many. */
  static final int LISTED_PASSES = 12;

  private static final int WIDTH = 100;
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'|«[^»]*»");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+");

  private TestLines() {}

  /**
   * Renders the tests of one exercise.
   *
   * @param tests the exercise's tests, in the order they ran
   * @param symbols the marks to use
   * @param everyTest whether to show every test in full, as a verbose check does
   * @param rerun the command that shows every test, named when some are left out
   * @return the lines, each indented as the report prints them
   */
  static List<String> of(List<TestResult> tests, Symbols symbols, boolean everyTest, String rerun) {
    List<String> lines = new ArrayList<>();
    if (everyTest) {
      return verbose(tests, symbols);
    }
    List<TestResult> passed = new ArrayList<>();
    Map<String, List<TestResult>> failures = new LinkedHashMap<>();
    Map<String, List<TestResult>> skips = new LinkedHashMap<>();
    for (TestResult test : tests) {
      switch (test.status()) {
        case PASSED -> passed.add(test);
        case SKIPPED ->
            skips
                .computeIfAbsent(String.join(" ", test.message()), k -> new ArrayList<>())
                .add(test);
        case FAILED -> failures.computeIfAbsent(reason(test), k -> new ArrayList<>()).add(test);
      }
    }
    for (Map.Entry<String, List<TestResult>> skip : skips.entrySet()) {
      List<TestResult> same = skip.getValue();
      lines.add(
          same.size() == 1
              ? skipped(same.get(0), symbols)
              : cut(
                  "  "
                      + symbols.skipped()
                      + " "
                      + same.size()
                      + " tests skipped: "
                      + skip.getKey()));
    }
    if (failures.isEmpty()) {
      if (passed.size() <= LISTED_PASSES) {
        passed.forEach(t -> lines.add("  " + symbols.passed() + " " + t.displayName()));
      } else {
        lines.add("  " + symbols.passed() + " " + passed.size() + " tests pass");
      }
      return lines;
    }
    if (!passed.isEmpty()) {
      lines.add(
          0,
          cut(
              "  "
                  + symbols.passed()
                  + " "
                  + passed.size()
                  + (passed.size() == 1 ? " test passes: " : " tests pass: ")
                  + String.join("; ", passed.stream().map(TestResult::displayName).toList())));
    }
    List<List<TestResult>> groups = new ArrayList<>(failures.values());
    int shown = 0;
    boolean cutMessage = false;
    for (List<TestResult> group : groups) {
      List<String> block = new ArrayList<>();
      TestResult first = group.get(0);
      block.add("  " + symbols.failed() + " " + first.displayName());
      List<String> message = first.message();
      for (int i = 0; i < message.size() && i < MESSAGE_LINES; i++) {
        block.add("      " + message.get(i));
      }
      if (message.size() > MESSAGE_LINES) {
        block.add("      … " + (message.size() - MESSAGE_LINES) + " more lines");
        cutMessage = true;
      }
      int more = group.size() - 1;
      if (more > 0) {
        block.add(
            "    "
                + more
                + (more == 1 ? " more test fails" : " more tests fail")
                + " for the same reason:");
        for (int i = 1; i < group.size() && i <= NAMED; i++) {
          block.add(cut("      " + symbols.failed() + " " + group.get(i).displayName()));
        }
        if (more > NAMED) {
          block.add("      … and " + (more - NAMED) + " more");
        }
      }
      if (shown > 0 && lines.size() + block.size() > BUDGET - 1) {
        break;
      }
      lines.addAll(block);
      shown++;
    }
    if (shown < groups.size()) {
      int left = groups.subList(shown, groups.size()).stream().mapToInt(List::size).sum();
      int reasons = groups.size() - shown;
      lines.add(
          "  "
              + symbols.failed()
              + " "
              + left
              + (left == 1 ? " more test fails" : " more tests fail")
              + (reasons == 1 ? " for another reason" : " for " + reasons + " other reasons")
              + " ("
              + rerun
              + " shows every test)");
    } else if (cutMessage) {
      lines.add("    (" + rerun + " shows every message in full)");
    }
    return lines;
  }

  /** Every test, one line each, each failure's whole message under it. */
  private static List<String> verbose(List<TestResult> tests, Symbols symbols) {
    List<String> lines = new ArrayList<>();
    for (TestResult test : tests) {
      if (test.status() == TestStatus.SKIPPED) {
        lines.add(skipped(test, symbols));
        continue;
      }
      lines.add(
          "  "
              + (test.status() == TestStatus.PASSED ? symbols.passed() : symbols.failed())
              + " "
              + test.displayName());
      test.message().forEach(line -> lines.add("      " + line));
    }
    return lines;
  }

  private static String skipped(TestResult test, Symbols symbols) {
    return "  "
        + symbols.skipped()
        + " "
        + test.displayName()
        + " (skipped: "
        + String.join(" ", test.message())
        + ")";
  }

  /** What makes two failures the same: the message, with quoted values and numbers set aside. */
  static String reason(TestResult test) {
    String message = String.join("\n", test.message());
    return NUMBER.matcher(QUOTED.matcher(message).replaceAll("\"\"")).replaceAll("#");
  }

  private static String cut(String line) {
    return line.length() <= WIDTH ? line : line.substring(0, WIDTH - 1) + "…";
  }
}
