package dev.roadmapkit.core.model;

import java.util.Arrays;
import java.util.Optional;

/** How hard an {@link Exercise} is for a learner who has studied its topics. */
public enum Difficulty {
  /** A first step: one idea, little code. */
  EASY("easy"),
  /** Several ideas combined, or one idea with tricky edge cases. */
  MEDIUM("medium"),
  /** Needs design decisions, concurrency, or a real system's subtleties. */
  HARD("hard");

  private final String key;

  Difficulty(String key) {
    this.key = key;
  }

  /**
   * Returns the name used in {@code exercises.yaml}: {@code easy}, {@code medium} or {@code hard}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Finds the difficulty whose {@link #key()} is {@code key}.
   *
   * @param key a key such as {@code medium}
   * @return the difficulty, or empty if there is none with that key
   */
  public static Optional<Difficulty> fromKey(String key) {
    return Arrays.stream(values()).filter(difficulty -> difficulty.key.equals(key)).findFirst();
  }
}
