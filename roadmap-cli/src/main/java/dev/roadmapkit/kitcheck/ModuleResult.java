package dev.roadmapkit.kitcheck;

import java.util.List;
import java.util.Optional;

/** The check of one exercise module. */
public record ModuleResult(
    String module,
    List<ExerciseResult> exercises,
    Optional<MutationReport> mutation,
    List<Finding> findings,
    PhaseTimes times) {

  public ModuleResult {
    exercises = List.copyOf(exercises);
    findings = List.copyOf(findings);
  }

  /** A module whose build outputs could not be read: its exercises count, with no tests. */
  static ModuleResult unchecked(String module, ModuleView view, List<Finding> findings) {
    List<ExerciseResult> exercises =
        view.exercises().stream()
            .map(e -> new ExerciseResult(e.id(), e.topics(), 0, 0, 0, 0, 0, 0, 0, Optional.empty()))
            .toList();
    return new ModuleResult(module, exercises, Optional.empty(), findings, PhaseTimes.NONE);
  }
}
