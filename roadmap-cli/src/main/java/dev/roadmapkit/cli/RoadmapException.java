package dev.roadmapkit.cli;

import java.util.Objects;

/**
 * A problem the CLI reports to the learner as one line of text and an exit code, never as a stack
 * trace. The message says what was wrong and what to do.
 */
public abstract class RoadmapException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  /**
   * Creates the exception.
   *
   * @param exitCode how the process ends
   * @param message one line: what was wrong and what to do
   */
  protected RoadmapException(ExitCode exitCode, String message) {
    super(Objects.requireNonNull(message, "message must not be null"));
    this.exitCode = Objects.requireNonNull(exitCode, "exit code must not be null");
  }

  /**
   * Creates the exception with its cause, kept for debugging only.
   *
   * @param exitCode how the process ends
   * @param message one line: what was wrong and what to do
   * @param cause the underlying failure
   */
  protected RoadmapException(ExitCode exitCode, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message must not be null"), cause);
    this.exitCode = Objects.requireNonNull(exitCode, "exit code must not be null");
  }

  /**
   * Returns how the process ends.
   *
   * @return the exit code
   */
  public ExitCode exitCode() {
    return exitCode;
  }
}
