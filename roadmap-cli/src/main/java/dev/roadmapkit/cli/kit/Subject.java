package dev.roadmapkit.cli.kit;

import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.Topic;

/** What {@code show} can describe: a topic, a section or an exercise. */
public sealed interface Subject {

  /**
   * A roadmap topic.
   *
   * @param topic the topic
   * @param section the section it belongs to
   */
  record OfTopic(Topic topic, Section section) implements Subject {}

  /**
   * A roadmap section.
   *
   * @param section the section
   */
  record OfSection(Section section) implements Subject {}

  /**
   * An exercise.
   *
   * @param exercise the exercise
   */
  record OfExercise(Exercise exercise) implements Subject {}
}
