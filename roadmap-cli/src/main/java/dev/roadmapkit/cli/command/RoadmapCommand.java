package dev.roadmapkit.cli.command;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./roadmap}: with no command, the same as {@code ./roadmap status}. */
@Command(
    name = "roadmap",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "The backend developer roadmap as exercises you run.",
      "With no command: where you are and what to do next (the same as 'status')."
    })
public final class RoadmapCommand implements Callable<Integer> {

  /** The commands, in the order the help lists them. */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private final CommandContext context;

  /**
   * Creates the command over a context.
   *
   * @param context what the commands work with
   */
  public RoadmapCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context must not be null");
  }

  /**
   * Returns what the commands work with.
   *
   * @return the context
   */
  public CommandContext context() {
    return context;
  }

  /**
   * Returns the command line for {@code args}. Picocli reads every command's annotations when it is
   * registered, which costs a cold JVM a noticeable part of a second; so when {@code args} names a
   * command, only that one is registered, and all of them otherwise (for the help, and for "did you
   * mean").
   *
   * @param context what the commands work with
   * @param args the command line about to run
   * @return the command line, with its commands registered
   */
  public static CommandLine commandLine(CommandContext context, String[] args) {
    CommandLine commandLine = new CommandLine(new RoadmapCommand(context));
    String first = args.length == 0 ? "" : args[0];
    if (COMMANDS.containsKey(first)) {
      commandLine.addSubcommand(COMMANDS.get(first).get());
    } else {
      COMMANDS.values().forEach(command -> commandLine.addSubcommand(command.get()));
    }
    return commandLine;
  }

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("status", StatusCommand::new);
    commands.put("list", ListCommand::new);
    commands.put("show", ShowCommand::new);
    commands.put("check", CheckCommand::new);
    commands.put("watch", WatchCommand::new);
    commands.put("hint", HintCommand::new);
    commands.put("solution", SolutionCommand::new);
    commands.put("reset", ResetCommand::new);
    commands.put("export", ExportCommand::new);
    commands.put("serve", ServeCommand::new);
    commands.put("assign", AssignCommand::new);
    commands.put("grade", GradeCommand::new);
    commands.put("dev", DevCommand::new);
    return Collections.unmodifiableMap(commands);
  }

  @Override
  public Integer call() {
    return StatusCommand.show(context, true).code();
  }
}
