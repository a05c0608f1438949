package dev.roadmapkit.core.catalog;

import dev.roadmapkit.core.validation.Problem;
import java.util.Objects;

/**
 * Thrown when an {@code exercises.yaml} cannot be read faithfully. The message names the file, the
 * exercise (index and id when known) and what is wrong, for example {@code
 * exercises/caching/exercises.yaml: exercises[1] (ttl-cache): unknown kind 'refactor'; use one of:
 * implement, fix, write-tests}.
 */
public final class CatalogFormatException extends RuntimeException {

  /** Serialization version of this exception. */
  private static final long serialVersionUID = 1L;

  /** The path or name of the file that is wrong. */
  private final String source;

  private final transient Problem problem;

  /**
   * Creates the exception.
   *
   * @param source the file's path or name
   * @param problem where in the file and what is wrong
   */
  public CatalogFormatException(String source, Problem problem) {
    super(
        Objects.requireNonNull(source, "source must not be null")
            + ": "
            + Objects.requireNonNull(problem, "problem must not be null"));
    this.source = source;
    this.problem = problem;
  }

  /**
   * Returns the path or name of the file that is wrong.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns where in the file the defect is and what it is.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }
}
