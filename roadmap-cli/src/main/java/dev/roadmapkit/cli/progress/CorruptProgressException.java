package dev.roadmapkit.cli.progress;

import dev.roadmapkit.cli.ExitCode;
import dev.roadmapkit.cli.RoadmapException;
import java.nio.file.Path;

/**
 * The progress file could not be understood. It has been renamed aside, not deleted; the next
 * command starts with fresh progress.
 */
public final class CorruptProgressException extends RoadmapException {

  private static final long serialVersionUID = 1L;

  private final transient Path setAside;

  /**
   * Creates the exception.
   *
   * @param message one line saying what was wrong, where the file went and what happens next
   * @param setAside where the corrupt file now is
   * @param cause the parse failure
   */
  public CorruptProgressException(String message, Path setAside, Throwable cause) {
    super(ExitCode.KIT_PROBLEM, message, cause);
    this.setAside = setAside;
  }

  /**
   * Returns where the corrupt file was moved.
   *
   * @return the renamed file
   */
  public Path setAside() {
    return setAside;
  }
}
