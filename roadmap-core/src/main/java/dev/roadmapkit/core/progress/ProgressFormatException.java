package dev.roadmapkit.core.progress;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Thrown when the progress file exists but cannot be understood. The file is left untouched; the
 * caller decides what to do, typically {@link ProgressStore#setAside()} and start afresh.
 */
public final class ProgressFormatException extends RuntimeException {

  /** Serialization version of this exception. */
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /** What is wrong with the file. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param file the progress file
   * @param reason what is wrong with it
   */
  public ProgressFormatException(Path file, String reason) {
    super(
        "the progress file "
            + Objects.requireNonNull(file, "file must not be null")
            + " is corrupt: "
            + Objects.requireNonNull(reason, "reason must not be null"));
    this.file = file;
    this.reason = reason;
  }

  /**
   * Returns the progress file that is corrupt.
   *
   * @return the file
   */
  public Path file() {
    return file;
  }

  /**
   * Returns what is wrong with the file.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
