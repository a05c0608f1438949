package dev.roadmapkit.core.validation;

import java.util.Objects;

/**
 * One defect found by a check: where it is and what is wrong.
 *
 * @param where the place, such as {@code sections[3] (caching)} or an exercise id
 * @param what what is wrong, in words a maintainer can act on
 */
public record Problem(String where, String what) {

  /**
   * Checks that both parts are present.
   *
   * @param where the place, such as {@code sections[3] (caching)} or an exercise id
   * @param what what is wrong, in words a maintainer can act on
   * @throws NullPointerException if a part is {@code null}
   * @throws IllegalArgumentException if a part is blank
   */
  public Problem {
    Objects.requireNonNull(where, "problem location must not be null");
    Objects.requireNonNull(what, "problem description must not be null");
    if (where.isBlank() || what.isBlank()) {
      throw new IllegalArgumentException(
          "a problem needs a location and a description, got '" + where + "' and '" + what + "'");
    }
  }

  /** Returns {@code where: what}. */
  @Override
  public String toString() {
    return where + ": " + what;
  }
}
