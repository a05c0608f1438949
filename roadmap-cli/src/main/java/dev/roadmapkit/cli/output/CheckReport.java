package dev.roadmapkit.cli.output;

import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.runner.CompileError;
import dev.roadmapkit.cli.runner.ExerciseOutcome;
import dev.roadmapkit.cli.runner.RunListener;
import dev.roadmapkit.cli.runner.RunResult;
import dev.roadmapkit.cli.runner.TestResult;
import dev.roadmapkit.cli.runner.TestStatus;
import dev.roadmapkit.core.model.Exercise;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Prints a check as the learner reads it: each exercise's name, then its tests, each reason for
 * failing once with the message in full and the other tests it fails named ({@link TestLines}),
 * compile errors the way javac shows them, and a verdict per exercise that says what to do next.
 */
public final class CheckReport implements RunListener {

  private final Terminal terminal;
  private final Kit kit;
  private final Map<String, Exercise> exerciseByTestClass = new HashMap<>();
  private final boolean everyTest;
  private final List<TestResult> pending = new ArrayList<>();
  private Exercise current;

  /**
   * Creates a report for a run of some exercises.
   *
   * @param terminal where to print
   * @param kit the kit, for paths relative to its root
   * @param exercises the exercises being run
   */
  public CheckReport(Terminal terminal, Kit kit, List<Exercise> exercises) {
    this(terminal, kit, exercises, false);
  }

  /**
   * Creates a report for a run of some exercises.
   *
   * @param terminal where to print
   * @param kit the kit, for paths relative to its root
   * @param exercises the exercises being run
   * @param everyTest whether to print every test and every message in full, instead of each reason
   *     for failing once and passing tests counted
   */
  public CheckReport(Terminal terminal, Kit kit, List<Exercise> exercises, boolean everyTest) {
    this.terminal = Objects.requireNonNull(terminal, "terminal must not be null");
    this.kit = Objects.requireNonNull(kit, "kit must not be null");
    this.everyTest = everyTest;
    for (Exercise exercise : exercises) {
      exercise.tests().forEach(test -> exerciseByTestClass.put(test, exercise));
    }
  }

  @Override
  public void testFinished(TestResult result) {
    Exercise exercise = exerciseByTestClass.get(result.topLevelClassName());
    if (exercise != null && exercise != current) {
      flush();
      current = exercise;
      PrintStream out = terminal.out();
      out.println();
      out.println(exercise.id() + "  " + exercise.title());
    }
    pending.add(result);
  }

  /**
   * Prints the tests heard since the last exercise's, grouped by the reason they fail; the run
   * calls it once its tests are done, before anything it prints after them.
   */
  public void flush() {
    if (pending.isEmpty()) {
      return;
    }
    String rerun =
        "./roadmap check " + (current == null ? "" : current.id() + " ") + "--every-test";
    TestLines.of(pending, terminal.symbols(), everyTest, rerun.replace("  ", " "))
        .forEach(terminal.out()::println);
    pending.clear();
  }

  /**
   * How many lines a check of one exercise prints when its tests end so: a blank line, the
   * exercise's name, its test lines, a blank line and the verdict with what to do next.
   *
   * @param tests the exercise's tests, in the order they ran
   * @return the number of lines
   */
  public static int screenLines(List<TestResult> tests) {
    boolean passes = tests.stream().noneMatch(t -> t.status() == TestStatus.FAILED);
    return 2 + TestLines.of(tests, Symbols.ASCII, false, "").size() + 1 + (passes ? 1 : 2);
  }

  /** The lines a check may print for one exercise: one screen. */
  public static final int SCREEN = 24;

  /**
   * Prints compile errors as javac does: {@code file:line: error: message}, the line, a caret under
   * the column, and the count.
   *
   * @param errors the errors
   */
  public void compileErrors(List<CompileError> errors) {
    flush();
    PrintStream out = terminal.out();
    out.println();
    for (CompileError error : errors) {
      out.println(kit.display(error.file()) + ":" + error.line() + ": error: " + error.message());
      if (!error.sourceLine().isEmpty()) {
        out.println(error.sourceLine());
        out.println(caret(error.sourceLine(), error.column()));
      }
    }
    out.println(errors.size() == 1 ? "1 error" : errors.size() + " errors");
  }

  /**
   * Prints the verdict on one exercise.
   *
   * @param outcome the exercise's outcome
   * @param result the whole run's result, for its times
   */
  public void verdict(ExerciseOutcome outcome, RunResult result) {
    flush();
    PrintStream out = terminal.out();
    Symbols symbols = terminal.symbols();
    Exercise exercise = outcome.exercise();
    String id = exercise.id().toString();
    if (!outcome.compiled()) {
      out.println(
          symbols.failed()
              + " "
              + id
              + " does not compile: fix the "
              + (outcome.compileErrors().size() == 1 ? "error" : "errors")
              + " above, then check again");
      return;
    }
    long total = outcome.tests().size();
    long passed = outcome.count(TestStatus.PASSED);
    long skipped = outcome.count(TestStatus.SKIPPED);
    String times = times(result);
    if (outcome.passes()) {
      out.println(
          symbols.passed()
              + " "
              + id
              + " passes: "
              + passed
              + " of "
              + total
              + (total == 1 ? " test " : " tests ")
              + times);
      return;
    }
    StringBuilder line =
        new StringBuilder(symbols.failed())
            .append(' ')
            .append(id)
            .append(": ")
            .append(passed)
            .append(" of ")
            .append(total)
            .append(total == 1 ? " test passes" : " tests pass");
    if (skipped > 0) {
      line.append(", ").append(skipped).append(" skipped (see above)");
    }
    out.println(line.append(' ').append(times));
    if (total == 0) {
      out.println("  no test ran: is " + String.join(", ", exercise.tests()) + " a test class?");
      return;
    }
    out.println(
        "  open "
            + kit.display(kit.fileToOpen(exercise))
            + " and read "
            + kit.whereTheTaskIs(exercise)
            + "; stuck? ./roadmap hint "
            + id);
  }

  /**
   * Prints where to go after an exercise passes.
   *
   * @param next the next exercise in learning order, if any is left
   */
  public void next(Optional<Exercise> next) {
    PrintStream out = terminal.out();
    if (next.isEmpty()) {
      out.println("  every exercise passes. Well done!");
      return;
    }
    Exercise exercise = next.get();
    out.println(
        "  next: "
            + exercise.id()
            + "  "
            + exercise.title()
            + ": open "
            + kit.display(kit.fileToOpen(exercise)));
  }

  /**
   * Formats the run's times, such as {@code (compiled in 85 ms, tests ran in 120 ms)}; a run whose
   * code was compiled before says so instead of a compile time.
   *
   * @param result the run's result
   * @return the text in parentheses
   */
  public static String times(RunResult result) {
    String compiled =
        result.compileTime().isZero()
            ? "code unchanged since the last check"
            : "compiled in " + millis(result.compileTime());
    if (result instanceof RunResult.Ran ran) {
      return "(" + compiled + ", tests ran in " + millis(ran.testTime()) + ")";
    }
    return "(" + compiled + ")";
  }

  private static String millis(Duration duration) {
    long ms = duration.toMillis();
    return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static String caret(String sourceLine, long column) {
    StringBuilder caret = new StringBuilder();
    for (int i = 0; i < column - 1 && i < sourceLine.length(); i++) {
      caret.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
    }
    return caret.append('^').toString();
  }
}
