package dev.roadmapkit.osfundamentals.processesandpipes;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * A command (or a pipeline) ran longer than allowed and was killed, with every process it had
 * started. Given: do not change.
 */
public final class CommandTimeoutException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient List<List<String>> commands;

  /** The commands that were killed and the timeout they exceeded. */
  public CommandTimeoutException(List<List<String>> commands, Duration timeout) {
    super(commands + " did not finish within " + timeout.toMillis() + " ms and was killed");
    this.commands = commands.stream().map(List::copyOf).toList();
  }

  /** The commands of the stages that were running. */
  public List<List<String>> commands() {
    return commands;
  }
}
