package dev.roadmapkit.core.content;

import dev.roadmapkit.core.validation.Problem;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a roadmap data file is malformed or inconsistent. The message names the file, the
 * entry and what is wrong, for example {@code roadmap.yaml: sections[3].topics[2] (dns): missing
 * field 'title'}.
 */
public final class RoadmapFormatException extends RuntimeException {

  /** Serialization version of this exception. */
  private static final long serialVersionUID = 1L;

  /** The path or name of the file that is wrong. */
  private final String source;

  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param source the file's name or path
   * @param problems what is wrong, at least one problem
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public RoadmapFormatException(String source, List<Problem> problems) {
    super(describe(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the name or path of the file that is wrong.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns what is wrong; a malformed file has one problem, an inconsistent one may have several.
   *
   * @return the problems, never empty
   */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(String source, List<Problem> problems) {
    Objects.requireNonNull(source, "source must not be null");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a format exception needs at least one problem");
    }
    if (problems.size() == 1) {
      return source + ": " + problems.get(0);
    }
    return problems.stream()
        .map(problem -> "  " + problem)
        .collect(Collectors.joining("\n", source + ": " + problems.size() + " problems:\n", ""));
  }
}
