package dev.roadmapkit.kitcheck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The counts for one exercise.
 *
 * @param tests tests discovered for it
 * @param solutionPassed tests that passed against the reference solution
 * @param guards tests tagged guard
 * @param nonGuardFailing non-guard tests that failed on the starting code, as they must
 * @param wrongSolutions wrong solutions in its gallery that were run
 * @param wrongRejected of those, the ones at least one test rejected
 * @param wrongSeconds how long its wrong solutions took to judge, reused verdicts included
 * @param mutation PIT's mutants of the exercise's classes, when mutation testing ran
 */
public record ExerciseResult(
    String id,
    List<String> topics,
    int tests,
    int solutionPassed,
    int guards,
    int nonGuardFailing,
    int wrongSolutions,
    int wrongRejected,
    double wrongSeconds,
    Optional<MutationReport> mutation) {
  public ExerciseResult {
    topics = List.copyOf(topics);
    Objects.requireNonNull(mutation, "mutation must not be null");
  }

  /** The counts before the wrong solutions run. */
  ExerciseResult withWrongSolutions(int run, int rejected, double seconds) {
    return new ExerciseResult(
        id,
        topics,
        tests,
        solutionPassed,
        guards,
        nonGuardFailing,
        run,
        rejected,
        seconds,
        mutation);
  }

  ExerciseResult withMutation(MutationReport report) {
    return new ExerciseResult(
        id,
        topics,
        tests,
        solutionPassed,
        guards,
        nonGuardFailing,
        wrongSolutions,
        wrongRejected,
        wrongSeconds,
        Optional.of(report));
  }
}
