package dev.roadmapkit.kitcheck;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The result of a kit check: every module's counts and findings, and the summary line. */
public record KitReport(
    List<ModuleResult> modules,
    List<Finding> findings,
    int topicsPractised,
    int topicsTotal,
    int mutationThreshold) {

  public KitReport {
    modules = List.copyOf(modules);
    findings = List.copyOf(findings);
  }

  public boolean passed() {
    return findings.isEmpty();
  }

  public int exercises() {
    return modules.stream().mapToInt(m -> m.exercises().size()).sum();
  }

  public int tests() {
    return sum(ExerciseResult::tests);
  }

  /** Mutants detected over all modules as a whole percentage, if PIT ran anywhere. */
  public Optional<Integer> mutationScore() {
    int total = 0;
    int detected = 0;
    boolean any = false;
    for (ModuleResult module : modules) {
      if (module.mutation().isPresent()) {
        any = true;
        total += module.mutation().get().total();
        detected += module.mutation().get().detected();
      }
    }
    if (!any) {
      return Optional.empty();
    }
    return Optional.of(new MutationReport(total, detected, List.of()).score());
  }

  /**
   * One line, for example {@code kit: 5 exercises, 37 tests; solutions 37/37 pass; starting code
   * 35/35 non-guard fail, 2 guards; api parity ok; catalog ok; every test ran; topics practised
   * 6/83; mutation score 86% (bar 80%)}.
   */
  public String summaryLine() {
    int tests = tests();
    int guards = sum(ExerciseResult::guards);
    int nonGuards = tests - guards;
    return "kit: "
        + exercises()
        + " exercises, "
        + tests
        + " tests; solutions "
        + sum(ExerciseResult::solutionPassed)
        + "/"
        + tests
        + " pass; starting code "
        + sum(ExerciseResult::nonGuardFailing)
        + "/"
        + nonGuards
        + " non-guard fail, "
        + guards
        + (guards == 1 ? " guard" : " guards")
        + "; api parity "
        + verdict(Finding.Invariant.API_PARITY)
        + "; catalog "
        + verdict(Finding.Invariant.CATALOG)
        + "; every test ran "
        + verdict(Finding.Invariant.EVERY_TEST_RUNS)
        + "; topics practised "
        + topicsPractised
        + "/"
        + topicsTotal
        + "; mutation score "
        + mutationScore().map(s -> s + "%").orElse("n/a")
        + " (bar "
        + mutationThreshold
        + "%)";
  }

  /** Per module: exercises, tests and mutation score. */
  public List<String> moduleLines() {
    return modules.stream()
        .map(
            m ->
                String.format(
                    Locale.ROOT,
                    "  %-20s %2d exercises %4d tests  mutation score %s",
                    m.module(),
                    m.exercises().size(),
                    m.exercises().stream().mapToInt(ExerciseResult::tests).sum(),
                    m.mutation()
                        .map(r -> r.score() + "% (" + r.detected() + "/" + r.total() + ")")
                        .orElse("n/a")))
        .toList();
  }

  /** The build's phases, summed over modules. */
  public PhaseTimes times() {
    PhaseTimes total = PhaseTimes.NONE;
    for (ModuleResult module : modules) {
      total = total.plus(module.times());
    }
    return total;
  }

  private String verdict(Finding.Invariant invariant) {
    long count = findings.stream().filter(f -> f.invariant() == invariant).count();
    return count == 0 ? "ok" : count + (count == 1 ? " problem" : " problems");
  }

  private int sum(java.util.function.ToIntFunction<ExerciseResult> count) {
    return modules.stream().flatMap(m -> m.exercises().stream()).mapToInt(count).sum();
  }
}
