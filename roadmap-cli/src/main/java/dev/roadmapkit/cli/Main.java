package dev.roadmapkit.cli;

import dev.roadmapkit.cli.command.CommandContext;
import dev.roadmapkit.cli.command.RoadmapCommand;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The entry point of {@code ./roadmap}: runs one command and exits with its {@link ExitCode}.
 * Problems are one line on standard error, never a stack trace (set {@code ROADMAP_DEBUG=1} to see
 * one for a defect of the CLI).
 */
public final class Main {

  private Main() {}

  /**
   * Runs the command line and exits. Background work still under way (a cache being written, a
   * warm-up a failing command did not need) ends with the process.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    CommandContext context = CommandContext.forProcess();
    Preload.start(context, args);
    System.exit(execute(context, args));
  }

  /**
   * Runs the command line without exiting, for embedding and tests: returns once the command and
   * all its background work have ended, and closes the context.
   *
   * @param args the command line
   * @param context what the commands work with
   * @return the exit code
   */
  public static int run(String[] args, CommandContext context) {
    Optional<Thread> preload = Preload.start(context, args);
    try {
      return execute(context, args);
    } finally {
      preload.ifPresent(Main::join);
      context.close();
    }
  }

  /**
   * Executes the command. Picocli hands exceptions to {@link OneLineErrors}; an {@link Error} (a
   * class that cannot be loaded, a stack overflow) passes it by, and is made one line here.
   */
  private static int execute(CommandContext context, String[] args) {
    try {
      return commandLine(context, args).execute(args);
    } catch (Error e) {
      return new OneLineErrors(context.terminal().err()).internalError(e, args);
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Returns the configured command line for {@code args}: case-insensitive option values, one-line
   * errors.
   *
   * @param context what the commands work with
   * @param args the command line about to run
   * @return the command line
   */
  public static CommandLine commandLine(CommandContext context, String[] args) {
    OneLineErrors errors = new OneLineErrors(context.terminal().err());
    CommandLine commandLine = RoadmapCommand.commandLine(context, args);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(new java.io.PrintWriter(context.terminal().out(), true));
    commandLine.setErr(new java.io.PrintWriter(context.terminal().err(), true));
    commandLine.setExecutionExceptionHandler(errors);
    commandLine.setParameterExceptionHandler(errors);
    return commandLine;
  }
}
