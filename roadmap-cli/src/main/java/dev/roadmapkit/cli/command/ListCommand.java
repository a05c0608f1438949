package dev.roadmapkit.cli.command;

import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.kit.Lookup;
import dev.roadmapkit.cli.output.Terminal;
import dev.roadmapkit.core.catalog.ModuleCatalog;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseProgress;
import dev.roadmapkit.core.model.ExerciseStatus;
import dev.roadmapkit.core.model.Progress;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ./roadmap list [module]}: the exercises, module by module, with their state. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "The exercises of every module, or of one, with your progress.")
public final class ListCommand implements Callable<Integer> {

  @ParentCommand private RoadmapCommand root;

  @Parameters(
      arity = "0..1",
      paramLabel = "MODULE",
      description = "A module, such as caching; all modules if left out.")
  private String module;

  /** Creates the command; picocli calls this. */
  public ListCommand() {}

  @Override
  public Integer call() {
    CommandContext context = root.context();
    Kit kit = context.kit();
    List<ModuleCatalog> modules =
        module == null
            ? kit.curriculum().modules()
            : List.of(new Lookup(kit.curriculum()).module(module));
    Progress progress = context.progress().load();
    Terminal terminal = context.terminal();
    PrintStream out = terminal.out();
    boolean first = true;
    for (ModuleCatalog catalog : modules) {
      if (!first) {
        out.println();
      }
      first = false;
      long passing =
          catalog.exercises().stream()
              .filter(e -> progress.exerciseStatus(e.id()) == ExerciseStatus.PASSING)
              .count();
      out.println(
          catalog.title()
              + "  (exercises/"
              + catalog.module()
              + ", "
              + passing
              + "/"
              + catalog.exercises().size()
              + " passing)");
      int idWidth =
          catalog.exercises().stream().mapToInt(e -> e.id().toString().length()).max().orElse(0);
      for (Exercise exercise : catalog.exercises()) {
        ExerciseProgress state = progress.exercise(exercise.id());
        String hints =
            state.hintsShown() == 0
                ? ""
                : "  (hints "
                    + Math.min(state.hintsShown(), exercise.hints().size())
                    + "/"
                    + exercise.hints().size()
                    + ")";
        out.println(
            String.format(
                Locale.ROOT,
                "  %s %s  %-6s %3d pts  %s%s",
                StatusCommand.mark(terminal.symbols(), state.status()),
                StatusCommand.pad(exercise.id().toString(), idWidth),
                exercise.difficulty().key(),
                exercise.points(),
                exercise.title(),
                hints));
      }
    }
    if (modules.isEmpty()) {
      out.println("No exercise modules yet.");
    } else if (module != null) {
      out.println();
      out.println(
          "Read exercises/" + modules.get(0).module() + "/README.md for the module's story.");
    }
    return 0;
  }
}
