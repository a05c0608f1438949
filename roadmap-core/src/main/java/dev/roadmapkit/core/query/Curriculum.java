package dev.roadmapkit.core.query;

import dev.roadmapkit.core.catalog.ModuleCatalog;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseId;
import dev.roadmapkit.core.model.ExerciseStatus;
import dev.roadmapkit.core.model.Progress;
import dev.roadmapkit.core.model.Roadmap;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.model.TopicId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The roadmap joined with the exercise catalogs of every module.
 *
 * <p>Exercises are ordered for a learner: modules by their section's place in the {@linkplain
 * Roadmap#learningOrder() learning order} (modules of the same section, and modules whose section
 * the roadmap does not know, keep the order they were given in, the latter last), then exercises in
 * catalog order. Topic and section ids given to queries may be aliases.
 */
public final class Curriculum {

  private final Roadmap roadmap;
  private final List<ModuleCatalog> modules;
  private final List<Section> learningOrder;
  private final List<Exercise> exercises;

  private Curriculum(Roadmap roadmap, List<ModuleCatalog> modules) {
    this.roadmap = roadmap;
    this.learningOrder = roadmap.learningOrder();
    this.modules = modules.stream().sorted(Comparator.comparingInt(this::sectionRank)).toList();
    this.exercises = this.modules.stream().flatMap(module -> module.exercises().stream()).toList();
  }

  /**
   * Joins a roadmap with module catalogs.
   *
   * @param roadmap the roadmap
   * @param modules every module's catalog, in any order
   * @return the curriculum
   * @throws IllegalStateException if the roadmap's prerequisites have a cycle
   */
  public static Curriculum of(Roadmap roadmap, List<ModuleCatalog> modules) {
    Objects.requireNonNull(roadmap, "roadmap must not be null");
    Objects.requireNonNull(modules, "modules must not be null");
    return new Curriculum(roadmap, List.copyOf(modules));
  }

  /**
   * Returns the roadmap.
   *
   * @return the roadmap
   */
  public Roadmap roadmap() {
    return roadmap;
  }

  /**
   * Returns the module catalogs, in learner order.
   *
   * @return the modules
   */
  public List<ModuleCatalog> modules() {
    return modules;
  }

  /**
   * Returns the sections in learning order; the same as {@link Roadmap#learningOrder()}.
   *
   * @return the sections
   */
  public List<Section> learningOrder() {
    return learningOrder;
  }

  /**
   * Returns every exercise, in learner order.
   *
   * @return the exercises
   */
  public List<Exercise> exercises() {
    return exercises;
  }

  /**
   * Finds an exercise.
   *
   * @param id the exercise's id
   * @return the exercise, or empty if no module has it
   */
  public Optional<Exercise> exercise(ExerciseId id) {
    Objects.requireNonNull(id, "exercise id must not be null");
    return exercises.stream().filter(exercise -> exercise.id().equals(id)).findFirst();
  }

  /**
   * Finds a module by name.
   *
   * @param name the module's directory name, such as {@code caching}
   * @return the module, or empty if there is none by that name
   */
  public Optional<ModuleCatalog> module(String name) {
    Objects.requireNonNull(name, "module name must not be null");
    return modules.stream().filter(module -> module.module().equals(name)).findFirst();
  }

  /**
   * Returns the modules that practise a section.
   *
   * @param section the section's id or an alias
   * @return the modules, in learner order; empty if none or if the section is unknown
   */
  public List<ModuleCatalog> modulesOf(SectionId section) {
    Objects.requireNonNull(section, "section id must not be null");
    Optional<SectionId> current = roadmap.section(section).map(Section::id);
    return modules.stream()
        .filter(module -> current.isPresent() && canonical(module).equals(current))
        .toList();
  }

  /**
   * Returns the exercises of the modules that practise a section.
   *
   * @param section the section's id or an alias
   * @return the exercises, in learner order
   */
  public List<Exercise> exercisesOf(SectionId section) {
    return modulesOf(section).stream().flatMap(module -> module.exercises().stream()).toList();
  }

  /**
   * Returns the exercises that practise a topic, whichever module they are in.
   *
   * @param topic the topic's id or an alias; exercises that name it by an alias count too
   * @return the exercises, in learner order; empty if none or if the topic is unknown
   */
  public List<Exercise> exercisesPractising(TopicId topic) {
    Objects.requireNonNull(topic, "topic id must not be null");
    Optional<Topic> wanted = roadmap.topic(topic);
    if (wanted.isEmpty()) {
      return List.of();
    }
    return exercises.stream()
        .filter(exercise -> exercise.topics().stream().anyMatch(wanted.get()::isNamedBy))
        .toList();
  }

  /**
   * Returns the topics no exercise practises: the gaps in the kit's coverage.
   *
   * @return the topics, in learning order of their sections
   */
  public List<Topic> uncoveredTopics() {
    List<Topic> uncovered = new ArrayList<>();
    for (Section section : learningOrder) {
      for (Topic topic : section.topics()) {
        if (exercisesPractising(topic.id()).isEmpty()) {
          uncovered.add(topic);
        }
      }
    }
    return List.copyOf(uncovered);
  }

  /**
   * Returns the first exercise, in learner order, whose tests do not pass yet.
   *
   * @param progress the learner's progress
   * @return the next exercise, or empty if every exercise passes
   */
  public Optional<Exercise> nextExercise(Progress progress) {
    Objects.requireNonNull(progress, "progress must not be null");
    return exercises.stream()
        .filter(exercise -> progress.exerciseStatus(exercise.id()) != ExerciseStatus.PASSING)
        .findFirst();
  }

  private Optional<SectionId> canonical(ModuleCatalog module) {
    return roadmap.section(module.section()).map(Section::id);
  }

  private int sectionRank(ModuleCatalog module) {
    return canonical(module)
        .map(
            id -> {
              for (int i = 0; i < learningOrder.size(); i++) {
                if (learningOrder.get(i).id().equals(id)) {
                  return i;
                }
              }
              return learningOrder.size();
            })
        .orElse(learningOrder.size());
  }
}
