package dev.roadmapkit.cli.command;

import dev.roadmapkit.cli.ExitCode;
import dev.roadmapkit.cli.check.ExerciseChecker;
import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.kit.Lookup;
import dev.roadmapkit.cli.output.CheckReport;
import dev.roadmapkit.cli.runner.ExerciseOutcome;
import dev.roadmapkit.cli.runner.TestRunner;
import dev.roadmapkit.core.model.Exercise;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./roadmap check [id|module]}: compiles the learner's code in process and runs the
 * exercise's tests, one line per test, then a verdict; the progress file records the outcome.
 * Without an argument it checks the next exercise in learning order.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Compile your code and run an exercise's tests, in about a second.",
      "Each reason for failing once, with its message; a verdict; your progress is recorded.",
      "Without an argument: the next exercise. A module: all of its exercises."
    })
public final class CheckCommand implements Callable<Integer> {

  @ParentCommand private RoadmapCommand root;

  @Parameters(
      arity = "0..1",
      paramLabel = "ID",
      description = "An exercise (caching/lru-cache, or lru-cache) or a module (caching).")
  private String id;

  @Option(
      names = "--every-test",
      description =
          "Every test on its own line, every failure's message in full; by default each reason"
              + " for failing is shown once and passing tests are counted.")
  private boolean everyTest;

  /** Creates the command; picocli calls this. */
  public CheckCommand() {}

  @Override
  public Integer call() {
    CommandContext context = root.context();
    Kit kit = context.kit();
    TestRunner runner = context.runner();
    List<Exercise> exercises;
    if (id == null) {
      Optional<Exercise> next = kit.curriculum().nextExercise(context.progress().load());
      if (next.isEmpty()) {
        context.terminal().out().println("Every exercise passes already. Well done!");
        return ExitCode.OK.code();
      }
      exercises = List.of(next.get());
    } else {
      exercises = new Lookup(kit.curriculum()).exercisesOf(id);
    }
    ExerciseChecker checker =
        new ExerciseChecker(kit, runner, context.progress(), context.terminal());
    List<ExerciseOutcome> outcomes =
        (everyTest ? checker.showingEveryTest() : checker).check(exercises);
    boolean allPass = outcomes.stream().allMatch(ExerciseOutcome::passes);
    if (allPass && exercises.size() == 1) {
      new CheckReport(context.terminal(), kit, exercises)
          .next(kit.curriculum().nextExercise(context.progress().load()));
    }
    return (allPass ? ExitCode.OK : ExitCode.NOT_DONE).code();
  }
}
