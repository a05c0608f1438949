package dev.roadmapkit.core.progress;

/**
 * How much of a part of the roadmap is complete. Done and skipped topics count as complete, and so
 * do exercises whose tests pass; learning topics and failing or untried exercises do not.
 *
 * @param topics how many topics there are
 * @param completedTopics how many of them are done or skipped
 * @param exercises how many exercises there are
 * @param passingExercises how many of them pass
 */
public record Completion(int topics, int completedTopics, int exercises, int passingExercises) {

  /** Nothing to do and nothing done. */
  public static final Completion NONE = new Completion(0, 0, 0, 0);

  /**
   * Checks that the counts are consistent.
   *
   * @param topics how many topics there are
   * @param completedTopics how many of them are done or skipped
   * @param exercises how many exercises there are
   * @param passingExercises how many of them pass
   * @throws IllegalArgumentException if a count is negative or a part exceeds its whole
   */
  public Completion {
    if (topics < 0 || completedTopics < 0 || exercises < 0 || passingExercises < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative, got "
              + completedTopics
              + " of "
              + topics
              + " topics and "
              + passingExercises
              + " of "
              + exercises
              + " exercises");
    }
    if (completedTopics > topics || passingExercises > exercises) {
      throw new IllegalArgumentException(
          "completed counts cannot exceed totals, got "
              + completedTopics
              + " of "
              + topics
              + " topics and "
              + passingExercises
              + " of "
              + exercises
              + " exercises");
    }
  }

  /**
   * Returns the number of things to complete: topics plus exercises.
   *
   * @return the total
   */
  public int total() {
    return topics + exercises;
  }

  /**
   * Returns the number of things completed: completed topics plus passing exercises.
   *
   * @return the count
   */
  public int completed() {
    return completedTopics + passingExercises;
  }

  /**
   * Returns the completed share as a whole percentage, rounded down, so that 100 means everything
   * is complete. Nothing to do counts as 0%.
   *
   * @return 0 to 100
   */
  public int percent() {
    return total() == 0 ? 0 : (int) (100L * completed() / total());
  }

  /**
   * Describes the completion for people, such as {@code 40% (3/5 topics, 1/5 exercises)}.
   *
   * @return the percentage followed by both counts
   */
  public String describe() {
    return percent()
        + "% ("
        + completedTopics
        + "/"
        + topics
        + " topics, "
        + passingExercises
        + "/"
        + exercises
        + " exercises)";
  }

  /**
   * Adds two completions, for example to sum sections into the whole roadmap.
   *
   * @param other the other completion
   * @return the sum
   */
  public Completion plus(Completion other) {
    return new Completion(
        topics + other.topics,
        completedTopics + other.completedTopics,
        exercises + other.exercises,
        passingExercises + other.passingExercises);
  }
}
