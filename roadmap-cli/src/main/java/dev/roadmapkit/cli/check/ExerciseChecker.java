package dev.roadmapkit.cli.check;

import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.output.CheckReport;
import dev.roadmapkit.cli.output.Terminal;
import dev.roadmapkit.cli.progress.LearnerProgress;
import dev.roadmapkit.cli.runner.ExerciseOutcome;
import dev.roadmapkit.cli.runner.RunListener;
import dev.roadmapkit.cli.runner.RunRequest;
import dev.roadmapkit.cli.runner.RunResult;
import dev.roadmapkit.cli.runner.TestRunner;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.Progress;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a learner's exercises: runs their tests against the learner's code, prints what happened
 * (or nothing, for a quiet check) and records each exercise's outcome in the progress file.
 */
public final class ExerciseChecker {

  private final Kit kit;
  private final TestRunner runner;
  private final LearnerProgress progress;
  private final Terminal terminal;
  private boolean everyTest;

  /**
   * Creates a checker.
   *
   * @param kit the kit
   * @param runner the runner; the checker does not close it
   * @param progress the learner's progress
   * @param terminal where the report goes
   */
  public ExerciseChecker(Kit kit, TestRunner runner, LearnerProgress progress, Terminal terminal) {
    this.kit = Objects.requireNonNull(kit, "kit must not be null");
    this.runner = Objects.requireNonNull(runner, "runner must not be null");
    this.progress = Objects.requireNonNull(progress, "progress must not be null");
    this.terminal = Objects.requireNonNull(terminal, "terminal must not be null");
  }

  /**
   * This checker, printing every test and every message in full.
   *
   * @return the checker
   */
  public ExerciseChecker showingEveryTest() {
    ExerciseChecker verbose = new ExerciseChecker(kit, runner, progress, terminal);
    verbose.everyTest = true;
    return verbose;
  }

  /**
   * Checks exercises, module by module, printing one line per test and a verdict per exercise.
   *
   * @param exercises the exercises, in the order to check them
   * @return each exercise's outcome, in the same order
   */
  public List<ExerciseOutcome> check(List<Exercise> exercises) {
    List<ExerciseOutcome> outcomes = new ArrayList<>();
    for (Map.Entry<String, List<Exercise>> module : byModule(exercises).entrySet()) {
      CheckReport report = new CheckReport(terminal, kit, module.getValue(), everyTest);
      RunResult result =
          runner.run(
              RunRequest.learner(
                  module.getKey(), kit.moduleDir(module.getKey()), module.getValue()),
              report);
      List<ExerciseOutcome> checked = ExerciseOutcome.of(result, module.getValue());
      report.flush();
      if (result instanceof RunResult.DidNotCompile failed) {
        report.compileErrors(failed.errors());
      }
      terminal.out().println();
      checked.forEach(outcome -> report.verdict(outcome, result));
      record(checked);
      outcomes.addAll(checked);
    }
    return outcomes;
  }

  /**
   * Checks one exercise without printing anything; what the tests themselves print is discarded
   * too.
   *
   * @param exercise the exercise
   * @return its outcome
   */
  public ExerciseOutcome checkQuietly(Exercise exercise) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    RunResult result;
    System.setOut(nowhere);
    System.setErr(nowhere);
    try {
      result =
          runner.run(
              RunRequest.learner(
                  exercise.id().module(), kit.moduleDir(exercise.id().module()), List.of(exercise)),
              RunListener.NONE);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    ExerciseOutcome outcome = ExerciseOutcome.of(result, List.of(exercise)).get(0);
    record(List.of(outcome));
    return outcome;
  }

  /**
   * Returns the learner's progress as recorded now.
   *
   * @return the progress
   */
  public Progress progress() {
    return progress.load();
  }

  private void record(List<ExerciseOutcome> outcomes) {
    progress.update(
        current -> {
          Progress updated = current;
          for (ExerciseOutcome outcome : outcomes) {
            updated = updated.withExerciseStatus(outcome.exercise().id(), outcome.status());
          }
          return updated;
        });
  }

  private static Map<String, List<Exercise>> byModule(List<Exercise> exercises) {
    Map<String, List<Exercise>> modules = new LinkedHashMap<>();
    for (Exercise exercise : exercises) {
      modules.computeIfAbsent(exercise.id().module(), m -> new ArrayList<>()).add(exercise);
    }
    return modules;
  }
}
