package dev.roadmapkit.kitcheck;

import java.util.List;
import java.util.Optional;

/**
 * One exercise module's catalog as the check sees it.
 *
 * @param section the roadmap section the module practises; empty when the catalog cannot be read
 * @param problems what the catalog check of roadmap-core found wrong with it
 */
public record ModuleView(
    String module, Optional<String> section, List<ExerciseView> exercises, List<Finding> problems) {
  public ModuleView {
    exercises = List.copyOf(exercises);
    problems = List.copyOf(problems);
  }

  /** A module whose section is not known. */
  public ModuleView(String module, List<ExerciseView> exercises, List<Finding> problems) {
    this(module, Optional.empty(), exercises, problems);
  }
}
