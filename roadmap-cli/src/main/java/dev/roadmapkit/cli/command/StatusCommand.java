package dev.roadmapkit.cli.command;

import dev.roadmapkit.cli.ExitCode;
import dev.roadmapkit.cli.RoadmapException;
import dev.roadmapkit.cli.check.ExerciseChecker;
import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.output.Symbols;
import dev.roadmapkit.cli.output.Terminal;
import dev.roadmapkit.cli.runner.ExerciseOutcome;
import dev.roadmapkit.cli.runner.TestResult;
import dev.roadmapkit.cli.runner.TestStatus;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseStatus;
import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.model.SectionSource;
import dev.roadmapkit.core.progress.Completion;
import dev.roadmapkit.core.progress.ProgressReport;
import dev.roadmapkit.core.progress.SectionProgress;
import dev.roadmapkit.core.query.Curriculum;
import dev.roadmapkit.core.render.TextRenderer;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./roadmap status} (and {@code ./roadmap} alone): the roadmap as a tree with a progress bar
 * per section and each exercise's state, then the next exercise in learning order, the file to open
 * and its first failing test's message, found by checking it quietly.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Where you are and what to do next.",
      "The roadmap with your progress, the next exercise, the file to open and its first",
      "failing test (the exercise's tests run quietly to find it)."
    })
public final class StatusCommand implements Callable<Integer> {

  /** How many exercises a status checks at most, when the next ones turn out to pass already. */
  private static final int MAX_QUIET_CHECKS = 3;

  private static final int MESSAGE_LINES = 4;

  @ParentCommand private RoadmapCommand root;

  @Option(
      names = "--no-run",
      description = "Do not run the next exercise's tests; show the recorded progress only.")
  private boolean noRun;

  /** Creates the command; picocli calls this. */
  public StatusCommand() {}

  @Override
  public Integer call() {
    return show(root.context(), !noRun).code();
  }

  /**
   * Prints the status.
   *
   * @param context what the command works with
   * @param run whether to check the next exercise quietly for its first failing test
   * @return how the command ends
   */
  static ExitCode show(CommandContext context, boolean run) {
    Kit kit = context.kit();
    Curriculum curriculum = kit.curriculum();
    Terminal terminal = context.terminal();
    Progress progress = context.progress().load();
    Optional<Exercise> next = curriculum.nextExercise(progress);
    Optional<ExerciseOutcome> outcome = Optional.empty();
    Optional<RoadmapException> problem = Optional.empty();
    if (run && next.isPresent()) {
      try {
        ExerciseChecker checker =
            new ExerciseChecker(kit, context.runner(), context.progress(), terminal);
        for (int i = 0; i < MAX_QUIET_CHECKS && next.isPresent(); i++) {
          ExerciseOutcome checked = checker.checkQuietly(next.get());
          outcome = Optional.of(checked);
          if (!checked.passes()) {
            break;
          }
          progress = checker.progress();
          next = curriculum.nextExercise(progress);
          outcome = Optional.empty();
        }
      } catch (RoadmapException e) {
        problem = Optional.of(e);
      }
      progress = context.progress().load();
    }
    printTree(terminal, curriculum, progress);
    printNext(terminal, kit, next, outcome, problem.isPresent());
    if (problem.isPresent()) {
      terminal.err().println("roadmap: " + problem.get().getMessage());
      return problem.get().exitCode();
    }
    return ExitCode.OK;
  }

  private static void printTree(Terminal terminal, Curriculum curriculum, Progress progress) {
    PrintStream out = terminal.out();
    Symbols symbols = terminal.symbols();
    ProgressReport report = ProgressReport.of(curriculum, progress);
    int width = "Overall".length();
    for (SectionProgress section : report.sections()) {
      width = Math.max(width, section.section().title().length() + 4);
    }
    out.println(curriculum.roadmap().title());
    out.println();
    out.println(line("Overall", width, report.overall(), true));
    out.println();
    int number = 0;
    boolean sourcesDiffer =
        report.sections().stream().map(s -> s.section().source()).distinct().count() > 1;
    SectionSource previous = null;
    for (SectionProgress section : report.sections()) {
      number++;
      SectionSource source = section.section().source();
      if (sourcesDiffer && source != previous) {
        out.println((previous == null ? "" : "\n") + "From " + source.label() + ":");
        previous = source;
      }
      String title = String.format(Locale.ROOT, "%2d. %s", number, section.section().title());
      out.println(line(title, width, section.completion(), section.completion().exercises() > 0));
      List<Exercise> exercises = curriculum.exercisesOf(section.section().id());
      int idWidth = exercises.stream().mapToInt(e -> e.id().toString().length()).max().orElse(0);
      for (Exercise exercise : exercises) {
        out.println(
            "      "
                + mark(symbols, progress.exerciseStatus(exercise.id()))
                + " "
                + pad(exercise.id().toString(), idWidth)
                + "  "
                + exercise.title());
      }
    }
  }

  private static void printNext(
      Terminal terminal,
      Kit kit,
      Optional<Exercise> next,
      Optional<ExerciseOutcome> outcome,
      boolean problem) {
    PrintStream out = terminal.out();
    out.println();
    if (next.isEmpty()) {
      out.println(
          kit.curriculum().exercises().isEmpty()
              ? "No exercises yet."
              : terminal.symbols().passed() + " Every exercise passes. Well done!");
      return;
    }
    Exercise exercise = next.get();
    out.println(
        "Next: "
            + exercise.id()
            + "  "
            + exercise.title()
            + " ("
            + exercise.difficulty().key()
            + ", "
            + exercise.points()
            + " points, about "
            + exercise.minutes()
            + " min)");
    out.println(
        "  open   "
            + kit.display(kit.fileToOpen(exercise))
            + " and read "
            + kit.whereTheTaskIs(exercise));
    if (outcome.isPresent() && !outcome.get().compiled()) {
      var error = outcome.get().compileErrors().get(0);
      out.println("  it does not compile:");
      out.println(
          "      "
              + kit.display(error.file())
              + ":"
              + error.line()
              + ": error: "
              + error.message());
    } else if (outcome.isPresent() && outcome.get().firstFailure().isPresent()) {
      TestResult failing = outcome.get().firstFailure().get();
      long failed = outcome.get().tests().size() - outcome.get().count(TestStatus.PASSED);
      out.println(
          "  first failing test ("
              + failed
              + " of "
              + outcome.get().tests().size()
              + " not passing): "
              + failing.displayName());
      failing.message().stream().limit(MESSAGE_LINES).forEach(l -> out.println("      " + l));
      if (failing.message().size() > MESSAGE_LINES) {
        out.println("      ...");
      }
    } else if (outcome.isPresent()) {
      out.println("  its tests did not all run: ./roadmap check " + exercise.id() + " shows why");
    } else if (!problem) {
      out.println("  its tests have not run yet");
    }
    out.println(
        "  then   ./roadmap check "
            + exercise.id()
            + "   (or ./roadmap watch to re-check on every save)");
  }

  static String mark(Symbols symbols, ExerciseStatus status) {
    return switch (status) {
      case PASSING -> symbols.passed();
      case FAILING -> symbols.failed();
      case NOT_STARTED -> symbols.notStarted();
    };
  }

  private static String line(String title, int width, Completion completion, boolean exercises) {
    String counts = completion.completedTopics() + "/" + completion.topics() + " topics";
    if (exercises) {
      counts += ", " + completion.passingExercises() + "/" + completion.exercises() + " exercises";
    }
    return String.format(
        Locale.ROOT,
        "%s  %s %3d%%  %s",
        pad(title, width),
        TextRenderer.bar(completion),
        completion.percent(),
        counts);
  }

  static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
