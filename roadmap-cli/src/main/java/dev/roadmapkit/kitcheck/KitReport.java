package dev.roadmapkit.kitcheck;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The result of a kit check: every module's counts and findings, and the summary line. */
public record KitReport(
    List<ModuleResult> modules,
    List<Finding> findings,
    int topicsPractised,
    int topicsReadingOnly,
    int topicsTotal,
    List<String> sectionsWithoutModule,
    int mutationThreshold,
    boolean wrongSolutionsRun,
    List<String> pendingGalleries) {

  public KitReport {
    modules = List.copyOf(modules);
    findings = List.copyOf(findings);
    sectionsWithoutModule = List.copyOf(sectionsWithoutModule);
    pendingGalleries = List.copyOf(pendingGalleries);
  }

  /** How many exercises' galleries are pending, from what they still lack. */
  public long pendingExercises() {
    return pendingGalleries.stream().map(l -> l.substring(0, l.indexOf(':'))).distinct().count();
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
   * 6/83, reading-only 3; mutation score 86% (bar 80%)}.
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
        + ", reading-only "
        + topicsReadingOnly
        + "; mutation score "
        + mutationScore().map(s -> s + "%").orElse("n/a")
        + " (bar "
        + mutationThreshold
        + "%); wrong solutions "
        + (wrongSolutionsRun
            ? sum(ExerciseResult::wrongRejected)
                + "/"
                + sum(ExerciseResult::wrongSolutions)
                + " rejected"
                + (pendingGalleries.isEmpty()
                    ? ""
                    : " (" + pendingExercises() + " exercises' galleries pending)")
            : "not run");
  }

  /**
   * Per module: exercises, tests, mutation score and wrong solutions, each module followed by its
   * exercises' lines.
   */
  public List<String> moduleLines() {
    List<String> lines = new java.util.ArrayList<>();
    for (ModuleResult m : modules) {
      lines.add(
          String.format(
              Locale.ROOT,
              "  %-20s %2d exercises %4d tests  mutation score %s%s%s",
              m.module(),
              m.exercises().size(),
              m.exercises().stream().mapToInt(ExerciseResult::tests).sum(),
              m.mutation().map(KitReport::score).orElse("n/a"),
              m.mutation()
                  .filter(r -> r.timedOut() > 0)
                  .map(r -> ", " + r.timedOut() + " timed out")
                  .orElse(""),
              wrongSolutionsRun
                  ? String.format(
                      Locale.ROOT,
                      "  wrong solutions %d/%d rejected in %.1f s",
                      m.exercises().stream().mapToInt(ExerciseResult::wrongRejected).sum(),
                      m.exercises().stream().mapToInt(ExerciseResult::wrongSolutions).sum(),
                      m.exercises().stream().mapToDouble(ExerciseResult::wrongSeconds).sum())
                  : ""));
      for (ExerciseResult e : m.exercises()) {
        if (e.mutation().isEmpty() && !wrongSolutionsRun) {
          continue;
        }
        lines.add(
            String.format(
                Locale.ROOT,
                "    %-28s %4d tests  mutation %s%s",
                e.id().substring(e.id().indexOf('/') + 1),
                e.tests(),
                e.mutation().map(KitReport::score).orElse("n/a"),
                wrongSolutionsRun
                    ? String.format(
                        Locale.ROOT,
                        "  wrong %d/%d in %.1f s",
                        e.wrongRejected(),
                        e.wrongSolutions(),
                        e.wrongSeconds())
                    : ""));
      }
    }
    return lines;
  }

  private static String score(MutationReport report) {
    if (report.total() == 0) {
      return "n/a (no Java code to mutate)";
    }
    return report.score() + "% (" + report.detected() + "/" + report.total() + ")";
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
