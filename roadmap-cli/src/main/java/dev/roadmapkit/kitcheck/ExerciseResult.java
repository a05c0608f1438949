package dev.roadmapkit.kitcheck;

import java.util.List;

/**
 * The counts for one exercise.
 *
 * @param tests tests discovered for it
 * @param solutionPassed tests that passed against the reference solution
 * @param guards tests tagged guard
 * @param nonGuardFailing non-guard tests that failed on the starting code, as they must
 */
public record ExerciseResult(
    String id,
    List<String> topics,
    int tests,
    int solutionPassed,
    int guards,
    int nonGuardFailing) {
  public ExerciseResult {
    topics = List.copyOf(topics);
  }
}
