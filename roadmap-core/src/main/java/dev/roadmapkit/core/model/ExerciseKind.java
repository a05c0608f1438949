package dev.roadmapkit.core.model;

import java.util.Arrays;
import java.util.Optional;

/** The shape of an {@link Exercise}. */
public enum ExerciseKind {
  /** The learner fills in a stub until its tests pass. */
  IMPLEMENT("implement"),
  /** The learner fixes or refactors working code with a defect; guard tests keep its behaviour. */
  FIX("fix"),
  /** The learner writes tests, graded against correct and deliberately buggy code. */
  WRITE_TESTS("write-tests");

  private final String key;

  ExerciseKind(String key) {
    this.key = key;
  }

  /**
   * Returns the name used in {@code exercises.yaml}: {@code implement}, {@code fix} or {@code
   * write-tests}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Finds the kind whose {@link #key()} is {@code key}.
   *
   * @param key a key such as {@code write-tests}
   * @return the kind, or empty if there is none with that key
   */
  public static Optional<ExerciseKind> fromKey(String key) {
    return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
  }
}
