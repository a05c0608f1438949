package dev.roadmapkit.core.model;

import java.util.Arrays;
import java.util.Optional;

/** How far a learner says they are with a topic. A topic they have not marked has no status. */
public enum TopicStatus {
  /** The learner has learned the topic. */
  DONE("done"),
  /** The learner is working on the topic. */
  LEARNING("learning"),
  /** The learner chose to skip the topic; it counts as complete. */
  SKIPPED("skipped");

  private final String key;

  TopicStatus(String key) {
    this.key = key;
  }

  /**
   * Returns the lowercase name used in files and exports.
   *
   * @return {@code done}, {@code learning} or {@code skipped}
   */
  public String key() {
    return key;
  }

  /**
   * Tells whether the topic counts towards completion percentages.
   *
   * @return {@code true} for {@link #DONE} and {@link #SKIPPED}
   */
  public boolean isComplete() {
    return this != LEARNING;
  }

  /**
   * Finds the status whose {@link #key()} is {@code key}.
   *
   * @param key a key such as {@code done}
   * @return the status, or empty if there is none with that key
   */
  public static Optional<TopicStatus> fromKey(String key) {
    return Arrays.stream(values()).filter(status -> status.key.equals(key)).findFirst();
  }
}
