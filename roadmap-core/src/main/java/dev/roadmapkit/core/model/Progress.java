package dev.roadmapkit.core.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A learner's progress: the status they gave each topic, and the state of each exercise.
 *
 * <p>Progress is keyed by id and may hold ids the current roadmap does not know (content that was
 * removed or not yet installed); they are kept, so progress survives content updates. Use {@link
 * #resolveAliases(Roadmap)} to move entries recorded under an old id to the current one. Maps are
 * sorted by id, so iteration order and equality do not depend on insertion order.
 *
 * @param topics each marked topic's status; unmarked topics are absent
 * @param exercises each touched exercise's state; untouched exercises are absent
 */
public record Progress(
    Map<TopicId, TopicStatus> topics, Map<ExerciseId, ExerciseProgress> exercises) {

  /**
   * Copies the maps into immutable maps sorted by id.
   *
   * @param topics each marked topic's status; unmarked topics are absent
   * @param exercises each touched exercise's state; untouched exercises are absent
   * @throws NullPointerException if a map, key or value is {@code null}
   */
  public Progress {
    topics = sortedCopy(topics);
    exercises = sortedCopy(exercises);
  }

  /**
   * Returns the progress of a learner who has not started.
   *
   * @return progress with no entries
   */
  public static Progress empty() {
    return new Progress(Map.of(), Map.of());
  }

  /**
   * Returns the status the learner gave a topic.
   *
   * @param id the topic's id, as recorded
   * @return the status, or empty if the learner has not marked the topic
   */
  public Optional<TopicStatus> topicStatus(TopicId id) {
    return Optional.ofNullable(topics.get(Objects.requireNonNull(id, "topic id must not be null")));
  }

  /**
   * Returns the state of an exercise.
   *
   * @param id the exercise's id
   * @return its state; {@link ExerciseProgress#NOT_STARTED} if it has none
   */
  public ExerciseProgress exercise(ExerciseId id) {
    Objects.requireNonNull(id, "exercise id must not be null");
    return exercises.getOrDefault(id, ExerciseProgress.NOT_STARTED);
  }

  /**
   * Returns the outcome of an exercise's last test run.
   *
   * @param id the exercise's id
   * @return the status; {@link ExerciseStatus#NOT_STARTED} if its tests have not run
   */
  public ExerciseStatus exerciseStatus(ExerciseId id) {
    return exercise(id).status();
  }

  /**
   * Returns this progress with a topic marked.
   *
   * @param id the topic
   * @param status its new status
   * @return the updated progress
   */
  public Progress withTopic(TopicId id, TopicStatus status) {
    Objects.requireNonNull(id, "topic id must not be null");
    Objects.requireNonNull(status, () -> "status of topic '" + id + "' must not be null");
    SortedMap<TopicId, TopicStatus> updated = new TreeMap<>(topics);
    updated.put(id, status);
    return new Progress(updated, exercises);
  }

  /**
   * Returns this progress with a topic's mark removed.
   *
   * @param id the topic
   * @return the updated progress
   */
  public Progress withoutTopic(TopicId id) {
    Objects.requireNonNull(id, "topic id must not be null");
    SortedMap<TopicId, TopicStatus> updated = new TreeMap<>(topics);
    updated.remove(id);
    return new Progress(updated, exercises);
  }

  /**
   * Returns this progress with the outcome of an exercise's latest test run; hints seen are kept.
   *
   * @param id the exercise
   * @param status the outcome
   * @return the updated progress
   */
  public Progress withExerciseStatus(ExerciseId id, ExerciseStatus status) {
    Objects.requireNonNull(status, () -> "status of exercise '" + id + "' must not be null");
    return withExercise(id, new ExerciseProgress(status, exercise(id).hintsShown()));
  }

  /**
   * Returns this progress with one more hint of an exercise seen.
   *
   * @param id the exercise
   * @return the updated progress
   */
  public Progress withHintShown(ExerciseId id) {
    ExerciseProgress current = exercise(id);
    return withExercise(id, new ExerciseProgress(current.status(), current.hintsShown() + 1));
  }

  /**
   * Returns this progress with an exercise's state replaced.
   *
   * @param id the exercise
   * @param state its new state
   * @return the updated progress
   */
  public Progress withExercise(ExerciseId id, ExerciseProgress state) {
    Objects.requireNonNull(id, "exercise id must not be null");
    Objects.requireNonNull(state, () -> "state of exercise '" + id + "' must not be null");
    SortedMap<ExerciseId, ExerciseProgress> updated = new TreeMap<>(exercises);
    updated.put(id, state);
    return new Progress(topics, updated);
  }

  /**
   * Returns this progress with an exercise forgotten, as after a reset.
   *
   * @param id the exercise
   * @return the updated progress
   */
  public Progress withoutExercise(ExerciseId id) {
    Objects.requireNonNull(id, "exercise id must not be null");
    SortedMap<ExerciseId, ExerciseProgress> updated = new TreeMap<>(exercises);
    updated.remove(id);
    return new Progress(topics, updated);
  }

  /**
   * Moves topic entries recorded under an old id (an alias) to the topic's current id. When both
   * the old and the current id have an entry, the current id's entry wins. Ids the roadmap does not
   * know are kept unchanged.
   *
   * @param roadmap the roadmap whose aliases apply
   * @return the progress keyed by current ids
   */
  public Progress resolveAliases(Roadmap roadmap) {
    Objects.requireNonNull(roadmap, "roadmap must not be null");
    SortedMap<TopicId, TopicStatus> resolved = new TreeMap<>();
    topics.forEach(
        (id, status) -> {
          TopicId current = roadmap.topic(id).map(Topic::id).orElse(id);
          if (current.equals(id)) {
            resolved.put(id, status); // an entry under the current id beats one under an alias
          } else {
            resolved.putIfAbsent(current, status);
          }
        });
    return new Progress(resolved, exercises);
  }

  private static <K extends Comparable<K>, V> Map<K, V> sortedCopy(Map<K, V> source) {
    Objects.requireNonNull(source, "progress map must not be null");
    SortedMap<K, V> copy = new TreeMap<>();
    source.forEach(
        (key, value) ->
            copy.put(
                Objects.requireNonNull(key, "progress id must not be null"),
                Objects.requireNonNull(value, () -> "progress of '" + key + "' must not be null")));
    return Collections.unmodifiableSortedMap(copy);
  }
}
