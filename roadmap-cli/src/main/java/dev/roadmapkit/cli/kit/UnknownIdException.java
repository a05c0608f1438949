package dev.roadmapkit.cli.kit;

import dev.roadmapkit.cli.ExitCode;
import dev.roadmapkit.cli.RoadmapException;
import java.util.Optional;

/** The learner named an exercise, module, topic or section the kit does not have. */
public final class UnknownIdException extends RoadmapException {

  private static final long serialVersionUID = 1L;

  private final String suggestion;

  /**
   * Creates the exception.
   *
   * @param what what was looked for, such as {@code exercise}
   * @param input what the learner typed
   * @param suggestion the closest known id, if one is close enough
   * @param otherwise what to do when there is no suggestion, such as {@code "./roadmap list shows
   *     them"}
   */
  public UnknownIdException(
      String what, String input, Optional<String> suggestion, String otherwise) {
    super(
        ExitCode.BAD_INPUT,
        "unknown "
            + what
            + " '"
            + input
            + "'"
            + suggestion.map(s -> "; did you mean '" + s + "'?").orElse("; " + otherwise));
    this.suggestion = suggestion.orElse(null);
  }

  /**
   * Returns the suggested id.
   *
   * @return the closest known id, or empty if none was close
   */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }
}
