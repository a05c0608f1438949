package dev.roadmapkit.cli.kit;

import dev.roadmapkit.core.catalog.ModuleCatalog;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.Section;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.Slug;
import dev.roadmapkit.core.model.Topic;
import dev.roadmapkit.core.model.TopicId;
import dev.roadmapkit.core.query.Curriculum;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves what a learner types to the kit's exercises, modules, topics and sections. An exercise
 * may be named by its full id ({@code caching/lru-cache}) or, when no other module has an exercise
 * of that name, by its name alone ({@code lru-cache}). Anything unknown gets an {@link
 * UnknownIdException} with the closest known id.
 */
public final class Lookup {

  private final Curriculum curriculum;

  /**
   * Creates a lookup over a curriculum.
   *
   * @param curriculum the roadmap and the exercise catalogs
   */
  public Lookup(Curriculum curriculum) {
    this.curriculum = Objects.requireNonNull(curriculum, "curriculum must not be null");
  }

  /**
   * Finds one exercise.
   *
   * @param input {@code <module>/<exercise>}, or an exercise name that only one module has
   * @return the exercise
   * @throws UnknownIdException if there is no such exercise
   */
  public Exercise exercise(String input) {
    String typed = normalize(input);
    Optional<Exercise> found = findExercise(typed);
    if (found.isPresent()) {
      return found.get();
    }
    throw new UnknownIdException(
        "exercise", input, suggest(typed, exerciseIds()), "./roadmap list shows every exercise");
  }

  /**
   * Finds the exercises a learner means by an exercise id or a module name.
   *
   * @param input an exercise (as for {@link #exercise(String)}) or a module such as {@code caching}
   * @return the exercise, or the module's exercises in order
   * @throws UnknownIdException if it is neither
   */
  public List<Exercise> exercisesOf(String input) {
    String typed = normalize(input);
    Optional<ModuleCatalog> module = curriculum.module(typed);
    if (module.isPresent()) {
      if (module.get().exercises().isEmpty()) {
        throw new UnknownIdException(
            "module with exercises", input, Optional.empty(), "module " + typed + " has none yet");
      }
      return module.get().exercises();
    }
    Optional<Exercise> found = findExercise(typed);
    if (found.isPresent()) {
      return List.of(found.get());
    }
    List<String> known = new ArrayList<>(exerciseIds());
    curriculum.modules().forEach(m -> known.add(m.module()));
    throw new UnknownIdException(
        "exercise or module",
        input,
        suggest(typed, known),
        "./roadmap list shows every module and exercise");
  }

  /**
   * Finds a module.
   *
   * @param input the module's name
   * @return its catalog
   * @throws UnknownIdException if there is no such module
   */
  public ModuleCatalog module(String input) {
    String typed = normalize(input);
    return curriculum
        .module(typed)
        .orElseThrow(
            () ->
                new UnknownIdException(
                    "module",
                    input,
                    suggest(
                        typed, curriculum.modules().stream().map(ModuleCatalog::module).toList()),
                    "./roadmap list shows every module"));
  }

  /**
   * Finds what {@code show} should describe: a section (by id or alias), a topic (by id or alias),
   * an exercise, or a module (shown as its section).
   *
   * @param input what the learner typed
   * @return the subject
   * @throws UnknownIdException if nothing has that name
   */
  public Subject subject(String input) {
    String typed = normalize(input);
    if (Slug.isValid(typed)) {
      Optional<Section> section = curriculum.roadmap().section(SectionId.of(typed));
      if (section.isPresent()) {
        return new Subject.OfSection(section.get());
      }
      Optional<Topic> topic = curriculum.roadmap().topic(TopicId.of(typed));
      if (topic.isPresent()) {
        return new Subject.OfTopic(
            topic.get(), curriculum.roadmap().sectionOf(topic.get().id()).orElseThrow());
      }
      Optional<Section> ofModule =
          curriculum.module(typed).flatMap(m -> curriculum.roadmap().section(m.section()));
      if (ofModule.isPresent()) {
        return new Subject.OfSection(ofModule.get());
      }
    }
    Optional<Exercise> exercise = findExercise(typed);
    if (exercise.isPresent()) {
      return new Subject.OfExercise(exercise.get());
    }
    List<String> known = new ArrayList<>();
    curriculum.roadmap().sections().forEach(s -> known.add(s.id().value()));
    curriculum.roadmap().topics().forEach(t -> known.add(t.id().value()));
    known.addAll(exerciseIds());
    throw new UnknownIdException(
        "topic, section or exercise",
        input,
        suggest(typed, known),
        "./roadmap list shows the modules and exercises, ./roadmap export the topics");
  }

  private Optional<Exercise> findExercise(String typed) {
    if (typed.contains("/")) {
      return curriculum.exercises().stream()
          .filter(exercise -> exercise.id().toString().equals(typed))
          .findFirst();
    }
    List<Exercise> byName =
        curriculum.exercises().stream()
            .filter(exercise -> exercise.id().name().equals(typed))
            .toList();
    return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
  }

  private List<String> exerciseIds() {
    return curriculum.exercises().stream().map(exercise -> exercise.id().toString()).toList();
  }

  /** The closest id; a bare exercise name that is close to one exercise's name suggests its id. */
  private Optional<String> suggest(String typed, List<String> known) {
    Optional<String> direct = DidYouMean.closest(typed, known);
    if (direct.isPresent() || typed.contains("/")) {
      return direct;
    }
    List<String> names = curriculum.exercises().stream().map(e -> e.id().name()).toList();
    return DidYouMean.closest(typed, names)
        .flatMap(
            name ->
                curriculum.exercises().stream()
                    .filter(e -> e.id().name().equals(name))
                    .map(e -> e.id().toString())
                    .findFirst());
  }

  private static String normalize(String input) {
    Objects.requireNonNull(input, "input must not be null");
    String typed = input.strip().toLowerCase(Locale.ROOT);
    while (typed.endsWith("/")) {
      typed = typed.substring(0, typed.length() - 1);
    }
    return typed;
  }
}
