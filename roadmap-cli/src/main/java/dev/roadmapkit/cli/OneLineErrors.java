package dev.roadmapkit.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure of a command into one line on standard error and an exit code: a {@link
 * RoadmapException} into its message and code, a wrong command line into {@link ExitCode#BAD_INPUT}
 * with "did you mean", anything else into {@link ExitCode#INTERNAL}.
 */
final class OneLineErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /** Environment variable that, when set, adds the stack trace of a defect. */
  static final String DEBUG_VARIABLE = "ROADMAP_DEBUG";

  private final PrintStream err;

  OneLineErrors(PrintStream err) {
    this.err = Objects.requireNonNull(err, "err must not be null");
  }

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    if (exception instanceof RoadmapException problem) {
      err.println("roadmap: " + problem.getMessage());
      return problem.exitCode().code();
    }
    return internalError(exception, parseResult.originalArgs().toArray(String[]::new));
  }

  /**
   * Reports a defect of the CLI in one line, with the stack trace only when {@value
   * #DEBUG_VARIABLE} is set.
   *
   * @param failure the defect
   * @param args the command line
   * @return {@link ExitCode#INTERNAL}'s code
   */
  int internalError(Throwable failure, String[] args) {
    err.println(
        "roadmap: internal error ("
            + failure.getClass().getSimpleName()
            + (failure.getMessage() == null ? "" : ": " + oneLine(failure.getMessage()))
            + "); please report it, with the output of ROADMAP_DEBUG=1 ./roadmap "
            + String.join(" ", args));
    if (System.getenv(DEBUG_VARIABLE) != null) {
      failure.printStackTrace(err);
    }
    return ExitCode.INTERNAL.code();
  }

  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine command = exception.getCommandLine();
    String where = command.getCommandSpec().qualifiedName(" ");
    String help = "./" + where + " --help";
    if (exception instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      String argument = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
      boolean option = argument.startsWith("-");
      String what =
          option
              ? "unknown option '" + argument + "'"
              : command.getSubcommands().isEmpty()
                  ? "unexpected argument '" + argument + "'"
                  : "unknown command '" + argument + "'";
      err.println(
          "roadmap: "
              + what
              + (suggestions.isEmpty()
                  ? "; " + help + " lists what there is"
                  : "; did you mean '" + suggestions.get(0) + "'?"));
      return ExitCode.BAD_INPUT.code();
    }
    err.println("roadmap: " + oneLine(exception.getMessage()) + " (" + help + ")");
    return ExitCode.BAD_INPUT.code();
  }

  private static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
