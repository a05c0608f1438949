package dev.roadmapkit.cli.command;

import dev.roadmapkit.cli.kit.Lookup;
import dev.roadmapkit.cli.output.TextBlock;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.Progress;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./roadmap hint <id>}: the exercise's next hint, from gentle to nearly giving the answer
 * away; the progress file remembers how many were shown.
 */
@Command(
    name = "hint",
    mixinStandardHelpOptions = true,
    description = {
      "The next hint for an exercise, each time you ask.",
      "The first is gentle; the last nearly gives the answer away."
    })
public final class HintCommand implements Callable<Integer> {

  private static final int WIDTH = 96;

  @ParentCommand private RoadmapCommand root;

  @Parameters(paramLabel = "ID", description = "An exercise, such as caching/lru-cache.")
  private String id;

  /** Creates the command; picocli calls this. */
  public HintCommand() {}

  @Override
  public Integer call() {
    CommandContext context = root.context();
    Exercise exercise = new Lookup(context.kit().curriculum()).exercise(id);
    PrintStream out = context.terminal().out();
    List<String> hints = exercise.hints();
    if (hints.isEmpty()) {
      out.println(
          exercise.id()
              + " has no hints; its README section and the Javadoc of its class explain the task.");
      return 0;
    }
    int shown = context.progress().load().exercise(exercise.id()).hintsShown();
    if (shown >= hints.size()) {
      out.println(
          "You have seen all " + hints.size() + " hints for " + exercise.id() + "; the last one:");
      TextBlock.wrap(hints.get(hints.size() - 1), WIDTH, "  ").forEach(out::println);
      out.println(
          "Still stuck? ./roadmap solution "
              + exercise.id()
              + " compares your code with the reference.");
      return 0;
    }
    Progress updated = context.progress().update(progress -> progress.withHintShown(exercise.id()));
    int number = updated.exercise(exercise.id()).hintsShown();
    out.println("Hint " + number + " of " + hints.size() + " for " + exercise.id() + ":");
    TextBlock.wrap(hints.get(number - 1), WIDTH, "  ").forEach(out::println);
    int left = hints.size() - number;
    out.println(
        left == 0
            ? "That was the last hint."
            : left
                + (left == 1 ? " more hint" : " more hints")
                + ": ./roadmap hint "
                + exercise.id());
    return 0;
  }
}
