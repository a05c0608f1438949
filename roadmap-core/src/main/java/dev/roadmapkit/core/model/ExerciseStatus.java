package dev.roadmapkit.core.model;

import java.util.Arrays;
import java.util.Optional;

/** The outcome of the last test run of an exercise. */
public enum ExerciseStatus {
  /** Every test of the exercise passed in the last run. */
  PASSING("passing"),
  /** At least one test failed in the last run. */
  FAILING("failing"),
  /** The exercise's tests have not been run. */
  NOT_STARTED("not-started");

  private final String key;

  ExerciseStatus(String key) {
    this.key = key;
  }

  /**
   * Returns the lowercase name used in files and exports.
   *
   * @return {@code passing}, {@code failing} or {@code not-started}
   */
  public String key() {
    return key;
  }

  /**
   * Finds the status whose {@link #key()} is {@code key}.
   *
   * @param key a key such as {@code passing}
   * @return the status, or empty if there is none with that key
   */
  public static Optional<ExerciseStatus> fromKey(String key) {
    return Arrays.stream(values()).filter(status -> status.key.equals(key)).findFirst();
  }
}
