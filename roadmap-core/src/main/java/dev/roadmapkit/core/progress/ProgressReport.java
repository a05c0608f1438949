package dev.roadmapkit.core.progress;

import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseStatus;
import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.model.TopicStatus;
import dev.roadmapkit.core.query.Curriculum;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's completion per section, in learning order, and overall.
 *
 * <p>A section's exercises are those of the modules that practise it. Exercises of modules whose
 * section the roadmap does not know count nowhere.
 *
 * @param sections each section's completion, in learning order
 * @param overall the completion of the whole roadmap: the sum of the sections
 */
public record ProgressReport(List<SectionProgress> sections, Completion overall) {

  /**
   * Checks for {@code null} and copies the list.
   *
   * @param sections each section's completion, in learning order
   * @param overall the completion of the whole roadmap: the sum of the sections
   * @throws NullPointerException if a component or element is {@code null}
   */
  public ProgressReport {
    sections = List.copyOf(sections);
    Objects.requireNonNull(overall, "overall completion must not be null");
  }

  /**
   * Computes the report. Topic entries recorded under an alias count for the current topic.
   *
   * @param curriculum the roadmap and its exercises
   * @param progress the learner's progress
   * @return the report
   */
  public static ProgressReport of(Curriculum curriculum, Progress progress) {
    Objects.requireNonNull(curriculum, "curriculum must not be null");
    Objects.requireNonNull(progress, "progress must not be null");
    Progress resolved = progress.resolveAliases(curriculum.roadmap());
    List<SectionProgress> sections = new ArrayList<>();
    Completion overall = Completion.NONE;
    for (Section section : curriculum.learningOrder()) {
      int completedTopics = 0;
      for (Topic topic : section.topics()) {
        if (resolved.topicStatus(topic.id()).map(TopicStatus::isComplete).orElse(false)) {
          completedTopics++;
        }
      }
      List<Exercise> exercises = curriculum.exercisesOf(section.id());
      int passing = 0;
      for (Exercise exercise : exercises) {
        if (resolved.exerciseStatus(exercise.id()) == ExerciseStatus.PASSING) {
          passing++;
        }
      }
      Completion completion =
          new Completion(section.topics().size(), completedTopics, exercises.size(), passing);
      sections.add(new SectionProgress(section, completion));
      overall = overall.plus(completion);
    }
    return new ProgressReport(sections, overall);
  }

  /**
   * Finds a section's completion.
   *
   * @param id the section's id or an alias
   * @return the section's completion, or empty if the report has no such section
   */
  public Optional<SectionProgress> section(SectionId id) {
    Objects.requireNonNull(id, "section id must not be null");
    return sections.stream()
        .filter(entry -> entry.section().id().equals(id))
        .findFirst()
        .or(() -> sections.stream().filter(entry -> entry.section().isNamedBy(id)).findFirst());
  }
}
