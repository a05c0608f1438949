package dev.roadmapkit.cli.kit;

import dev.roadmapkit.cli.ExitCode;
import dev.roadmapkit.cli.RoadmapException;

/** The kit's files are missing or malformed: not a kit directory, a catalog that cannot be read. */
public final class KitException extends RoadmapException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and what to do
   */
  public KitException(String message) {
    super(ExitCode.KIT_PROBLEM, message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong and what to do
   * @param cause the underlying failure
   */
  public KitException(String message, Throwable cause) {
    super(ExitCode.KIT_PROBLEM, message, cause);
  }
}
