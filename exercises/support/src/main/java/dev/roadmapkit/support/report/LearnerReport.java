package dev.roadmapkit.support.report;

import dev.roadmapkit.support.git.RealGit;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
 * Prints one line per test, grouped under its exercise, with the failure message and no wall of
 * stack trace; then a summary per exercise that says what to do next.
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
  private String lastSkipReason;
  private String lastFailureText;
  private final Map<String, String> samples = new java.util.HashMap<>();
  private long gitCommandsAtStart;

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
    printSkipped(test, reason);
  }

  /** A skip reason is printed in full once; the same reason again is "as above". */
  private void printSkipped(TestIdentifier test, String reason) {
    String shown = reason.equals(lastSkipReason) ? "as above" : reason;
    lastSkipReason = reason;
    out.println("  " + symbols.skipped + " " + test.getDisplayName() + " (skipped: " + shown + ")");
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
        out.println("  " + symbols.failed + " " + test.getDisplayName() + " could not run");
        printMessage(result);
      }
      return;
    }
    String exercise = exerciseOf(test);
    header(exercise);
    Tally tally = tallies.computeIfAbsent(exercise, Tally::new);
    switch (result.getStatus()) {
      case SUCCESSFUL -> {
        tally.passed++;
        out.println("  " + symbols.passed + " " + test.getDisplayName());
      }
      case ABORTED -> {
        tally.skipped++;
        printSkipped(
            test, result.getThrowable().map(Throwable::getMessage).orElse("no reason given"));
      }
      case FAILED -> {
        tally.failed++;
        out.println("  " + symbols.failed + " " + test.getDisplayName());
        printMessage(result);
        String sample = samples.remove(test.getUniqueId());
        if (sample != null) {
          out.println("      falsified by: " + sample);
        }
      }
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (!enabled || tallies.isEmpty()) {
      return;
    }
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
      currentExercise = exercise;
      out.println();
      out.println(exercise);
    }
  }

  private void printMessage(TestExecutionResult result) {
    Optional<Throwable> failure = result.getThrowable();
    if (failure.isEmpty()) {
      return;
    }
    List<String> lines = FailureText.describe(failure.get(), MAX_MESSAGE_LINES);
    String text = String.join("\n", lines);
    if (text.equals(lastFailureText) && lines.size() > 1) {
      out.println("      " + lines.get(0) + " (as above)");
      return;
    }
    lastFailureText = text;
    for (String line : lines) {
      out.println("      " + line);
    }
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
