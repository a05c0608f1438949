package dev.roadmapkit.core.catalog;

import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseId;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.Slug;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The exercises of one exercise module, as its {@code exercises.yaml} lists them.
 *
 * @param module the module's directory name under {@code exercises/}, a slug such as {@code
 *     caching}
 * @param section the roadmap section the module practises
 * @param title the module's name shown to learners
 * @param exercises the exercises, in the order a learner should do them
 */
public record ModuleCatalog(
    String module, SectionId section, String title, List<Exercise> exercises) {

  /**
   * Checks the components and copies the list.
   *
   * @param module the module's directory name under {@code exercises/}, a slug such as {@code
   *     caching}
   * @param section the roadmap section the module practises
   * @param title the module's name shown to learners
   * @param exercises the exercises, in the order a learner should do them
   * @throws NullPointerException if a component or exercise is {@code null}
   * @throws IllegalArgumentException if the module is not a slug or the title is blank
   */
  public ModuleCatalog {
    Objects.requireNonNull(module, "module must not be null");
    if (!Slug.isValid(module)) {
      throw new IllegalArgumentException(
          "module must be a slug like 'web-security', got '" + module + "'");
    }
    Objects.requireNonNull(section, () -> "section of module '" + module + "' must not be null");
    Objects.requireNonNull(title, () -> "title of module '" + module + "' must not be null");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title of module '" + module + "' must not be blank");
    }
    exercises = List.copyOf(exercises);
  }

  /**
   * Finds an exercise of this module.
   *
   * @param id the exercise's id
   * @return the exercise, or empty if this module has none with that id
   */
  public Optional<Exercise> exercise(ExerciseId id) {
    Objects.requireNonNull(id, "exercise id must not be null");
    return exercises.stream().filter(exercise -> exercise.id().equals(id)).findFirst();
  }
}
