package dev.roadmapkit.osfundamentals.processesandpipes;

import java.io.IOException;
import java.util.List;

/** A command ended with an exit code that means an error. Given: do not change. */
public final class CommandFailedException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> command;
  private final int exitCode;
  private final String stderr;

  /** The command, its exit code and what it wrote to stderr, which the message repeats. */
  public CommandFailedException(List<String> command, int exitCode, String stderr) {
    super(command + " failed with exit code " + exitCode + ": " + stderr.strip());
    this.command = List.copyOf(command);
    this.exitCode = exitCode;
    this.stderr = stderr;
  }

  /** The program and its arguments. */
  public List<String> command() {
    return command;
  }

  /** The exit code it ended with. */
  public int exitCode() {
    return exitCode;
  }

  /** What it wrote to standard error. */
  public String stderr() {
    return stderr;
  }
}
