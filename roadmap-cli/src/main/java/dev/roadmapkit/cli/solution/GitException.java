package dev.roadmapkit.cli.solution;

import dev.roadmapkit.cli.ExitCode;
import dev.roadmapkit.cli.RoadmapException;

/** Git, which knows the starting code, is missing or cannot answer. */
public final class GitException extends RoadmapException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and what to do
   */
  public GitException(String message) {
    super(ExitCode.KIT_PROBLEM, message);
  }
}
