package dev.roadmapkit.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link RoadmapCheck#validate} when a roadmap has problems; it carries all of them. */
public final class InvalidRoadmapException extends RuntimeException {

  /** Serialization version of this exception. */
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidRoadmapException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found, in the order the checks found them.
   *
   * @return the problems, never empty
   */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid roadmap has at least one problem, got none");
    }
    return problems.size() == 1
        ? "the roadmap has a problem: " + problems.get(0)
        : problems.stream()
            .map(problem -> "  " + problem)
            .collect(
                Collectors.joining(
                    "\n", "the roadmap has " + problems.size() + " problems:\n", ""));
  }
}
