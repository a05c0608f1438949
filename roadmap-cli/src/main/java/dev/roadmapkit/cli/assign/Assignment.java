package dev.roadmapkit.cli.assign;

import dev.roadmapkit.core.catalog.ModuleCatalog;
import dev.roadmapkit.core.model.Exercise;
import java.util.List;
import java.util.Objects;

/**
 * What a teacher assigns: the modules with the chosen exercises (points as assigned, hints kept or
 * left out), the title of the class's repository and the time limit of each grading step.
 *
 * @param title the title of the students' README
 * @param modules the assigned modules, each with only its assigned exercises, in the order given
 * @param hintsIncluded whether the hints are part of the repository
 * @param stepMinutes the time limit of one grading step, in minutes
 */
public record Assignment(
    String title, List<ModuleCatalog> modules, boolean hintsIncluded, int stepMinutes) {

  /**
   * Checks the components.
   *
   * @param title the title of the students' README
   * @param modules the assigned modules, each with only its assigned exercises
   * @param hintsIncluded whether the hints are part of the repository
   * @param stepMinutes the time limit of one grading step, in minutes
   */
  public Assignment {
    Objects.requireNonNull(title, "title must not be null");
    modules = List.copyOf(modules);
    if (modules.isEmpty()) {
      throw new IllegalArgumentException("an assignment needs at least one module");
    }
    if (modules.stream().anyMatch(module -> module.exercises().isEmpty())) {
      throw new IllegalArgumentException("every assigned module needs at least one exercise");
    }
    if (stepMinutes < 1) {
      throw new IllegalArgumentException("a grading step needs at least one minute");
    }
  }

  /**
   * Returns the assigned exercises, module by module, in order.
   *
   * @return the exercises
   */
  public List<Exercise> exercises() {
    return modules.stream().flatMap(module -> module.exercises().stream()).toList();
  }

  /**
   * Returns the points of all assigned exercises.
   *
   * @return the sum of their points
   */
  public int maxPoints() {
    return exercises().stream().mapToInt(Exercise::points).sum();
  }
}
