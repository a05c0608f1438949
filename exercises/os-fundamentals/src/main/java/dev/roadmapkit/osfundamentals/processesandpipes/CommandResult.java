package dev.roadmapkit.osfundamentals.processesandpipes;

import java.util.List;
import java.util.Objects;

/**
 * What a finished command left behind: its exit code and everything it wrote to stdout and stderr,
 * decoded as UTF-8. Given: do not change.
 *
 * @param command the program and its arguments, as run
 * @param exitCode the process's exit code (0 usually means success, but see {@code grep})
 * @param stdout everything written to standard output
 * @param stderr everything written to standard error, never mixed into {@code stdout}
 */
public record CommandResult(List<String> command, int exitCode, String stdout, String stderr) {

  public CommandResult {
    command = List.copyOf(command);
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
  }
}
