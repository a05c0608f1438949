package dev.roadmapkit.core.model;

import java.util.Objects;

/**
 * A learner's state on one exercise.
 *
 * @param status the outcome of the last test run
 * @param hintsShown how many of the exercise's hints the learner has seen, zero or more
 */
public record ExerciseProgress(ExerciseStatus status, int hintsShown) {

  /** The state of an exercise nobody has touched. */
  public static final ExerciseProgress NOT_STARTED =
      new ExerciseProgress(ExerciseStatus.NOT_STARTED, 0);

  /**
   * Checks the components.
   *
   * @param status the outcome of the last test run
   * @param hintsShown how many of the exercise's hints the learner has seen, zero or more
   * @throws NullPointerException if {@code status} is {@code null}
   * @throws IllegalArgumentException if {@code hintsShown} is negative
   */
  public ExerciseProgress {
    Objects.requireNonNull(status, "exercise status must not be null");
    if (hintsShown < 0) {
      throw new IllegalArgumentException("hints shown must be zero or more, got " + hintsShown);
    }
  }
}
