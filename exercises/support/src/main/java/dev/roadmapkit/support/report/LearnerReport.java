package dev.roadmapkit.support.report;

import dev.roadmapkit.support.git.RealGit;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the tests of each exercise under its id, with the failure message and no wall of stack
 * trace; then a summary per exercise that says what to do next.
 *
 * <p>Tests that fail for the same reason are shown once in full, then named one line each ("9 more
 * tests fail for the same reason:"), as the starting code's TODO under every test would otherwise
 * repeat itself; tests skipped for the same reason share a line. Two failures have the same reason
 * when their messages are equal once quoted values and numbers are set aside. An exercise's lines
 * are printed when its last test has run.
 *
 * <p>Registered for every JUnit Platform run through {@code META-INF/services}, but silent unless
 * the configuration parameter {@value #ENABLED_PARAMETER} is {@code console} (the exercise modules'
 * Surefire set-up passes it), so IDEs, PIT and the CLI keep their own output.
 */
public final class LearnerReport implements TestExecutionListener {

  /** Configuration parameter that switches the report on. */
  public static final String ENABLED_PARAMETER = "roadmap.report";

  private static final int MAX_MESSAGE_LINES = 25;

  private final PrintStream out;
  private final ExerciseNames names;
  private final Symbols symbols;
  private final Map<String, Tally> tallies = new LinkedHashMap<>();
  private boolean enabled;
  private String currentExercise;
  private final List<Outcome> outcomes = new ArrayList<>();
  private final Map<String, String> samples = new java.util.HashMap<>();
  private long gitCommandsAtStart;

  /**
   * jqwik logs its handling of a previous failure (the seed it replays) at INFO on every run after
   * one failed; the report is the learner's console, so that goes. Held here so the level stays.
   */
  private static final java.util.logging.Logger JQWIK_LOG =
      java.util.logging.Logger.getLogger("net.jqwik");

  /** The report as the ServiceLoader creates it: to standard output. */
  public LearnerReport() {
    this(System.out, ExerciseNames.fromWorkingDirectory(), null);
  }

  LearnerReport(PrintStream out, ExerciseNames names, Boolean enabled) {
    this.out = out;
    this.names = names;
    this.symbols = Symbols.forCharset(Charset.defaultCharset());
    this.enabled = enabled != null && enabled;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    gitCommandsAtStart = RealGit.commandsRun();
    if (!enabled) {
      enabled =
          testPlan
              .getConfigurationParameters()
              .get(ENABLED_PARAMETER)
              .map("console"::equalsIgnoreCase)
              .orElse(false);
    }
    if (enabled) {
      JQWIK_LOG.setLevel(java.util.logging.Level.WARNING);
    }
  }

  /**
   * jqwik publishes its report of a property (tries, seed, the falsified sample) as a report entry
   * when {@code jqwik.reporting.usejunitplatform} is set; the sample is kept for the failure.
   */
  @Override
  public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
    if (!enabled) {
      return;
    }
    for (String value : entry.getKeyValuePairs().values()) {
      FailureText.falsifiedSample(value)
          .ifPresent(sample -> samples.put(test.getUniqueId(), sample));
    }
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    if (!enabled || !test.isTest()) {
      return;
    }
    String exercise = exerciseOf(test);
    header(exercise);
    tallies.computeIfAbsent(exercise, Tally::new).skipped++;
    outcomes.add(new Outcome(Kind.SKIPPED, test.getDisplayName(), List.of(reason), null));
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (!enabled) {
      return;
    }
    if (!test.isTest()) {
      // A container that fails (a @BeforeAll, a class that cannot be created) fails all its tests.
      if (result.getStatus() == TestExecutionResult.Status.FAILED && test.getSource().isPresent()) {
        String exercise = exerciseOf(test);
        header(exercise);
        tallies.computeIfAbsent(exercise, Tally::new).failed++;
        outcomes.add(
            new Outcome(
                Kind.FAILED, test.getDisplayName() + " could not run", message(result), null));
      }
      return;
    }
    String exercise = exerciseOf(test);
    header(exercise);
    Tally tally = tallies.computeIfAbsent(exercise, Tally::new);
    switch (result.getStatus()) {
      case SUCCESSFUL -> {
        tally.passed++;
        outcomes.add(new Outcome(Kind.PASSED, test.getDisplayName(), List.of(), null));
      }
      case ABORTED -> {
        tally.skipped++;
        outcomes.add(
            new Outcome(
                Kind.SKIPPED,
                test.getDisplayName(),
                List.of(result.getThrowable().map(Throwable::getMessage).orElse("no reason given")),
                null));
      }
      case FAILED -> {
        tally.failed++;
        outcomes.add(
            new Outcome(
                Kind.FAILED,
                test.getDisplayName(),
                message(result),
                samples.remove(test.getUniqueId())));
      }
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (!enabled || tallies.isEmpty()) {
      return;
    }
    flush();
    out.println();
    out.println("Summary");
    for (Tally tally : tallies.values()) {
      int total = tally.passed + tally.failed + tally.skipped;
      String verdict =
          tally.failed == 0
              ? symbols.passed + " done"
              : tally.failed + " of " + total + " failing: " + names.nextStep(tally.exercise);
      out.println(
          "  " + tally.exercise + "  " + tally.passed + "/" + total + " passing  " + verdict);
    }
    long gitCommands = RealGit.commandsRun() - gitCommandsAtStart;
    if (gitCommands > 0) {
      out.println(
          "  live checks: real git "
              + RealGit.find().map(RealGit::version).orElse("")
              + " ran "
              + gitCommands
              + (gitCommands == 1 ? " command" : " commands"));
    }
    out.println();
    tallies.clear();
    currentExercise = null;
  }

  private void header(String exercise) {
    if (!exercise.equals(currentExercise)) {
      flush();
      currentExercise = exercise;
      out.println();
      out.println(exercise);
    }
  }

  /** Prints the outcomes of the current exercise: skips, passes, then failures by reason. */
  private void flush() {
    Map<String, List<Outcome>> skips = new LinkedHashMap<>();
    Map<String, List<Outcome>> failures = new LinkedHashMap<>();
    for (Outcome outcome : outcomes) {
      switch (outcome.kind) {
        case PASSED -> out.println("  " + symbols.passed + " " + outcome.name);
        case SKIPPED ->
            skips.computeIfAbsent(outcome.message.get(0), k -> new ArrayList<>()).add(outcome);
        case FAILED ->
            failures
                .computeIfAbsent(FailureText.reason(outcome.message), k -> new ArrayList<>())
                .add(outcome);
      }
    }
    for (Map.Entry<String, List<Outcome>> skip : skips.entrySet()) {
      List<Outcome> same = skip.getValue();
      out.println(
          same.size() == 1
              ? "  "
                  + symbols.skipped
                  + " "
                  + same.get(0).name
                  + " (skipped: "
                  + skip.getKey()
                  + ")"
              : "  " + symbols.skipped + " " + same.size() + " tests skipped: " + skip.getKey());
    }
    for (List<Outcome> same : failures.values()) {
      Outcome first = same.get(0);
      out.println("  " + symbols.failed + " " + first.name);
      first.message.forEach(line -> out.println("      " + line));
      if (first.sample != null) {
        out.println("      falsified by: " + first.sample);
      }
      int more = same.size() - 1;
      if (more > 0) {
        out.println(
            "    "
                + more
                + (more == 1 ? " more test fails" : " more tests fail")
                + " for the same reason:");
        same.subList(1, same.size())
            .forEach(o -> out.println("      " + symbols.failed + " " + o.name));
      }
    }
    outcomes.clear();
  }

  private static List<String> message(TestExecutionResult result) {
    return result
        .getThrowable()
        .map(failure -> FailureText.describe(failure, MAX_MESSAGE_LINES))
        .orElse(List.of());
  }

  private String exerciseOf(TestIdentifier test) {
    return className(test.getSource().orElse(null))
        .map(names::exerciseOf)
        .orElse(test.getDisplayName());
  }

  private static Optional<String> className(TestSource source) {
    if (source instanceof MethodSource method) {
      return Optional.of(method.getClassName());
    }
    if (source instanceof ClassSource type) {
      return Optional.of(type.getClassName());
    }
    return Optional.empty();
  }

  /** Timeouts get a sentence of their own: the learner's code is the likely cause. */
  static boolean isTimeout(Throwable failure) {
    return failure instanceof TimeoutException
        || failure.getClass().getSimpleName().contains("Timeout");
  }

  private enum Kind {
    PASSED,
    FAILED,
    SKIPPED
  }

  /** One test's outcome, kept until its exercise's lines are printed. */
  private record Outcome(Kind kind, String name, List<String> message, String sample) {}

  private static final class Tally {
    final String exercise;
    int passed;
    int failed;
    int skipped;

    Tally(String exercise) {
      this.exercise = exercise;
    }
  }

  private record Symbols(String passed, String failed, String skipped) {
    static Symbols forCharset(Charset charset) {
      return charset.equals(StandardCharsets.UTF_8)
          ? new Symbols("\u2714", "\u2718", "\u21b7")
          : new Symbols("+", "x", "~");
    }
  }
}
