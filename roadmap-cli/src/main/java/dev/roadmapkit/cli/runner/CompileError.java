package dev.roadmapkit.cli.runner;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One error the compiler found in the learner's code.
 *
 * @param file the source file
 * @param line the line, from 1; 0 if unknown
 * @param column the column, from 1; 0 if unknown
 * @param message the compiler's message
 * @param sourceLine the text of the offending line, empty if unknown
 * @param code the compiler's key for the kind of error, such as {@code compiler.err.expected};
 *     empty if unknown
 */
public record CompileError(
    Path file, long line, long column, String message, String sourceLine, String code) {

  /**
   * Checks for {@code null}.
   *
   * @param file the source file
   * @param line the line, from 1; 0 if unknown
   * @param column the column, from 1; 0 if unknown
   * @param message the compiler's message
   * @param sourceLine the text of the offending line, empty if unknown
   * @param code the compiler's key for the kind of error; empty if unknown
   */
  public CompileError {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(message, "message must not be null");
    Objects.requireNonNull(sourceLine, "source line must not be null");
    Objects.requireNonNull(code, "code must not be null");
  }
}
