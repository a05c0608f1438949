package dev.roadmapkit.cli;

import dev.roadmapkit.cli.command.CommandContext;
import dev.roadmapkit.core.model.Difficulty;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseId;
import dev.roadmapkit.core.model.ExerciseKind;
import dev.roadmapkit.core.model.Progress;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Starts, on background threads, the slow first steps a command is about to need, while the main
 * thread parses the command line: reading the roadmap and the catalogs, the progress file, and for
 * {@code check}, {@code watch} and {@code status} loading the exercise module's test frameworks and
 * warming up the compiler. On a machine with a spare core this takes most of the start-up off the
 * critical path of a cold {@code ./roadmap check}.
 *
 * <p>Everything here is an optimisation only: a failure is ignored, and the command meets the same
 * problem on its own thread and reports it.
 */
final class Preload {

  private static final Set<String> READS_CATALOGS =
      Set.of("", "status", "list", "show", "check", "watch", "hint", "solution", "reset", "export");
  private static final Set<String> RUNS_TESTS = Set.of("", "status", "check", "watch");

  private Preload() {}

  /**
   * Prepares the run of what the learner typed, before the catalogs are read: {@code
   * caching/lru-cache} names module {@code caching} and, by the kit's convention, the package of
   * its code; {@code caching} names the module only. A guess that is wrong costs some work on a
   * spare core; the run itself always uses the catalog.
   */
  private static void prepare(CommandContext context, String typed) {
    if (typed.contains("/")) {
      ExerciseId id = ExerciseId.of(typed.strip());
      context.runner().prepare(id.module(), Optional.of(packageOf(id)));
    } else {
      context.runner().prepare(typed.strip(), Optional.empty());
    }
  }

  private static String moduleOf(String typed) {
    String id = typed.strip();
    return id.contains("/") ? id.substring(0, id.indexOf('/')) : id;
  }

  /** The package of an exercise's code: what {@link Exercise#packageName()} gives for the id. */
  private static String packageOf(ExerciseId id) {
    return new Exercise(
            id,
            id.name(),
            ExerciseKind.IMPLEMENT,
            Difficulty.EASY,
            1,
            1,
            List.of(),
            List.of(),
            List.of(),
            List.of())
        .packageName();
  }

  /**
   * Starts the preloads that {@code args} calls for.
   *
   * @param context the context the command will use
   * @param args the command line
   * @return the thread doing it, if any
   */
  static Optional<Thread> start(CommandContext context, String[] args) {
    String command = args.length == 0 ? "" : args[0];
    if (!READS_CATALOGS.contains(command)) {
      return Optional.empty();
    }
    Optional<String> argument =
        args.length > 1 && !args[1].startsWith("-") ? Optional.of(args[1]) : Optional.empty();
    Thread thread =
        new Thread(
            () -> {
              try {
                if (command.equals("watch") && argument.isPresent()) {
                  // watch compiles on every save: warm the compiler up rather than compile ahead.
                  context.runner().prepare(moduleOf(argument.get()), Optional.empty());
                } else if (RUNS_TESTS.contains(command) && argument.isPresent()) {
                  prepare(context, argument.get());
                }
                context.kit().curriculum();
                // Never load(): that sets a corrupt file aside, which is the command's to do.
                Optional<Progress> progress = context.progress().peek();
                if (RUNS_TESTS.contains(command) && argument.isEmpty() && progress.isPresent()) {
                  context
                      .kit()
                      .curriculum()
                      .nextExercise(progress.get())
                      .ifPresent(
                          next ->
                              context
                                  .runner()
                                  .prepare(
                                      next.id().module(),
                                      command.equals("watch")
                                          ? Optional.empty()
                                          : Optional.of(next.packageName())));
                }
              } catch (RuntimeException e) {
                // the command meets the same problem and reports it
              }
            },
            "roadmap-preload");
    thread.setDaemon(true);
    thread.start();
    return Optional.of(thread);
  }
}
