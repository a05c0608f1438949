package dev.roadmapkit.cli.command;

import dev.roadmapkit.cli.ExitCode;
import dev.roadmapkit.cli.RoadmapException;
import dev.roadmapkit.cli.check.ExerciseChecker;
import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.kit.Lookup;
import dev.roadmapkit.cli.output.Terminal;
import dev.roadmapkit.cli.runner.ExerciseOutcome;
import dev.roadmapkit.cli.watch.SourceWatcher;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseStatus;
import dev.roadmapkit.core.model.Progress;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./roadmap watch [id]}: checks an exercise, then again on every save, in one long-lived
 * runner (so re-checks are fast); when the exercise passes, moves on to the next one. Ends with
 * Ctrl+C.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Check again on every save; move on when the exercise passes.",
      "It moves on to the next exercise in learning order that does not pass yet.",
      "Without an argument it starts with the next exercise. Stop it with Ctrl+C."
    })
public final class WatchCommand implements Callable<Integer> {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  @ParentCommand private RoadmapCommand root;

  @Parameters(
      arity = "0..1",
      paramLabel = "ID",
      description = "The exercise to start with, such as caching/lru-cache.")
  private String id;

  /** Creates the command; picocli calls this. */
  public WatchCommand() {}

  @Override
  public Integer call() {
    CommandContext context = root.context();
    Kit kit = context.kit();
    Terminal terminal = context.terminal();
    PrintStream out = terminal.out();
    Optional<Exercise> current =
        id == null
            ? kit.curriculum().nextExercise(context.progress().load())
            : Optional.of(new Lookup(kit.curriculum()).exercise(id));
    if (current.isEmpty()) {
      out.println(terminal.symbols().passed() + " Every exercise passes already. Well done!");
      return ExitCode.OK.code();
    }
    SourceWatcher watcher = null;
    String watchedModule = null;
    try {
      ExerciseChecker checker =
          new ExerciseChecker(kit, context.runner(), context.progress(), terminal);
      while (true) {
        Exercise exercise = current.get();
        if (!exercise.id().module().equals(watchedModule)) {
          // Watch before checking, so that a save during the check is not missed.
          if (watcher != null) {
            watcher.close();
          }
          watchedModule = exercise.id().module();
          Path moduleDir = kit.moduleDir(watchedModule);
          watcher = new SourceWatcher(watchedTrees(kit, watchedModule, moduleDir));
        }
        if (checkPasses(checker, exercise, terminal)) {
          Optional<Exercise> next = nextAfter(kit, exercise, checker.progress());
          if (next.isEmpty()) {
            out.println();
            out.println(terminal.symbols().passed() + " Every exercise passes. Well done!");
            return ExitCode.OK.code();
          }
          out.println();
          out.println("On to the next exercise: " + next.get().id() + "  " + next.get().title());
          out.println("  open " + kit.display(kit.fileToOpen(next.get())));
          current = next;
          continue;
        }
        out.println();
        out.println(
            "watching exercises/"
                + watchedModule
                + "/src for changes to "
                + exercise.id()
                + " (Ctrl+C to stop)...");
        out.flush();
        Set<String> changed = watcher.awaitChange(context.debounce());
        out.println();
        out.println(
            "["
                + LocalTime.now(context.clock()).format(TIME)
                + "] "
                + changed.stream()
                    .map(path -> path.substring(path.lastIndexOf('/') + 1))
                    .distinct()
                    .collect(Collectors.joining(", "))
                + " changed: checking "
                + exercise.id()
                + " again");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCode.OK.code();
    } finally {
      if (watcher != null) {
        watcher.close();
      }
    }
  }

  /**
   * The exercise to move on to: the first one after {@code done}, in learning order, that does not
   * pass yet; failing that, the first one anywhere that does not pass.
   */
  private static Optional<Exercise> nextAfter(Kit kit, Exercise done, Progress progress) {
    List<Exercise> exercises = kit.curriculum().exercises();
    int index = exercises.indexOf(done);
    for (int i = index + 1; i < exercises.size(); i++) {
      if (progress.exerciseStatus(exercises.get(i).id()) != ExerciseStatus.PASSING) {
        return Optional.of(exercises.get(i));
      }
    }
    return kit.curriculum().nextExercise(progress);
  }

  /** One check; a problem (a build that failed, say) is one line, and the watch goes on. */
  private static boolean checkPasses(
      ExerciseChecker checker, Exercise exercise, Terminal terminal) {
    try {
      List<ExerciseOutcome> outcomes = checker.check(List.of(exercise));
      return outcomes.stream().allMatch(ExerciseOutcome::passes);
    } catch (RoadmapException e) {
      terminal.err().println("roadmap: " + e.getMessage());
      return false;
    }
  }

  /**
   * What a learner edits in a module: its main sources and resources, and the folders of the test
   * sources that write-tests exercises list under {@code files:} (there the learner writes tests).
   */
  private static List<Path> watchedTrees(Kit kit, String module, Path moduleDir) {
    java.util.LinkedHashSet<Path> trees =
        new java.util.LinkedHashSet<>(
            List.of(moduleDir.resolve("src/main/java"), moduleDir.resolve("src/main/resources")));
    kit.module(module)
        .ifPresent(
            catalog ->
                catalog.exercises().stream()
                    .flatMap(e -> e.testFiles().stream())
                    .map(file -> moduleDir.resolve(file).getParent())
                    .forEach(trees::add));
    return List.copyOf(trees);
  }
}
