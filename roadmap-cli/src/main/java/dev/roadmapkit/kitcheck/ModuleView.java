package dev.roadmapkit.kitcheck;

import java.util.List;

/**
 * One exercise module's catalog as the check sees it.
 *
 * @param problems what the catalog check of roadmap-core found wrong with it
 */
public record ModuleView(String module, List<ExerciseView> exercises, List<Finding> problems) {
  public ModuleView {
    exercises = List.copyOf(exercises);
    problems = List.copyOf(problems);
  }
}
