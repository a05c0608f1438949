package dev.roadmapkit.support.git;

import java.util.List;
import java.util.Objects;

/**
 * What one git command did.
 *
 * @param command the arguments after {@code git}
 * @param exitCode the process's exit code
 * @param stdout standard output, decoded as UTF-8
 * @param stderr standard error, decoded as UTF-8
 */
public record GitResult(List<String> command, int exitCode, String stdout, String stderr) {

  public GitResult {
    command = List.copyOf(command);
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
  }

  /** Whether git exited with 0. */
  public boolean succeeded() {
    return exitCode == 0;
  }

  /** {@code git <command>} as a person would type it, for messages. */
  public String commandLine() {
    return "git " + String.join(" ", command);
  }
}
