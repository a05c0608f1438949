package dev.roadmapkit.cli.runner;

import dev.roadmapkit.cli.ExitCode;
import dev.roadmapkit.cli.RoadmapException;

/** A module's tests or class path are missing and could not be built. */
public final class BuildException extends RoadmapException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is missing and how to build it
   */
  public BuildException(String message) {
    super(ExitCode.KIT_PROBLEM, message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is missing and how to build it
   * @param cause the underlying failure
   */
  public BuildException(String message, Throwable cause) {
    super(ExitCode.KIT_PROBLEM, message, cause);
  }
}
