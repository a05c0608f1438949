package dev.roadmapkit.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ./roadmap dev}: the maintainers' commands. */
@Command(
    name = "dev",
    mixinStandardHelpOptions = true,
    description = "For maintainers: prove the kit's invariants, measure the runner.",
    subcommands = {DevCheckCommand.class, DevBenchCommand.class, DevWrongCommand.class})
public final class DevCommand implements Callable<Integer> {

  @ParentCommand private RoadmapCommand root;

  @Spec private CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public DevCommand() {}

  /**
   * Returns the command above this one.
   *
   * @return {@code ./roadmap}
   */
  RoadmapCommand root() {
    return root;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(root.context().terminal().out());
    return 0;
  }
}
