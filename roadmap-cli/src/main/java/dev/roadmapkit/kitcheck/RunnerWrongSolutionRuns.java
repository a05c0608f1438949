package dev.roadmapkit.kitcheck;

import dev.roadmapkit.cli.RoadmapException;
import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.runner.CompileError;
import dev.roadmapkit.cli.runner.RunListener;
import dev.roadmapkit.cli.runner.RunRequest;
import dev.roadmapkit.cli.runner.RunResult;
import dev.roadmapkit.cli.runner.TestResult;
import dev.roadmapkit.cli.runner.TestRunner;
import dev.roadmapkit.cli.runner.TestStatus;
import dev.roadmapkit.core.model.Exercise;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Wrong solutions run by the CLI's {@link TestRunner}, in process: each is laid out in a temporary
 * directory (the exercise module's main sources, the reference solution's over them, the wrong
 * solution's files over those), compiled, and tested with the tests the build compiled for the
 * solution module. About a second per wrong solution, against the half minute of a Maven run; the
 * temporary directory is removed afterwards.
 */
public final class RunnerWrongSolutionRuns implements WrongSolutionRuns {

  private final Kit kit;
  private final TestRunner runner;
  private final Optional<VerdictStore> store;
  private double seconds;

  /** Per exercise, the tests its reference passes here, or why the reference cannot be run. */
  private final Map<String, Object> references = new HashMap<>();

  /**
   * Creates the runs.
   *
   * @param kit the kit
   * @param runner the runner; not closed here
   */
  public RunnerWrongSolutionRuns(Kit kit, TestRunner runner) {
    this(kit, runner, Optional.empty());
  }

  /**
   * Creates the runs, reusing the rejections a store kept from earlier builds.
   *
   * @param kit the kit
   * @param runner the runner; not closed here
   * @param store where rejections are kept between builds; empty to run every entry
   */
  RunnerWrongSolutionRuns(Kit kit, TestRunner runner, Optional<VerdictStore> store) {
    this.kit = Objects.requireNonNull(kit, "kit must not be null");
    this.runner = Objects.requireNonNull(runner, "runner must not be null");
    this.store = Objects.requireNonNull(store, "store must not be null");
  }

  @Override
  public synchronized int reused() {
    return store.map(VerdictStore::reused).orElse(0);
  }

  @Override
  public synchronized Verdict run(
      Path moduleDir, Path solutionDir, ExerciseView exercise, WrongSolution wrong) {
    long start = System.nanoTime();
    try {
      Outcome result = runLaidOut(moduleDir, solutionDir, exercise, wrong);
      if (result.compileError() != null) {
        return new Verdict.DidNotCompile(result.compileError());
      }
      if (result.kept() != null) {
        return new Verdict.Rejected(result.kept());
      }
      Set<String> passing = reference(moduleDir, solutionDir, exercise);
      List<TestResult> tests = result.tests();
      // A test counts as rejecting the mistake only if it passes on the reference in this same
      // runner: a failure the reference shares (a missing driver, a service) proves nothing.
      List<String> failed =
          tests.stream()
              .filter(t -> t.status() == TestStatus.FAILED)
              .filter(t -> passing.contains(key(t)))
              .map(TestResult::displayName)
              .toList();
      if (failed.isEmpty()) {
        return new Verdict.Accepted(
            (int) tests.stream().filter(t -> passing.contains(key(t))).count());
      }
      if (result.storeKey() != null) {
        store.ifPresent(s -> s.keep(result.storeKey(), failed));
      }
      return new Verdict.Rejected(failed);
    } finally {
      seconds += (System.nanoTime() - start) / 1e9;
    }
  }

  /**
   * The tests that pass on the reference solution itself, run once per exercise through the same
   * runner as its wrong solutions.
   *
   * @throws KitCheckException if the reference does not compile or fails a test there
   */
  private Set<String> reference(Path moduleDir, Path solutionDir, ExerciseView exercise) {
    String exerciseKey = moduleDir.getFileName() + "/" + exercise.id();
    Object known = references.get(exerciseKey);
    if (known == null) {
      try {
        known = referencePassing(moduleDir, solutionDir, exercise);
      } catch (KitCheckException e) {
        known = e;
      }
      references.put(exerciseKey, known);
    }
    if (known instanceof KitCheckException e) {
      throw e;
    }
    @SuppressWarnings("unchecked")
    Set<String> passing = (Set<String>) known;
    return passing;
  }

  private Set<String> referencePassing(Path moduleDir, Path solutionDir, ExerciseView exercise) {
    Outcome result = runLaidOut(moduleDir, solutionDir, exercise, null);
    if (result.compileError() != null) {
      throw new KitCheckException(
          "the reference solution does not compile in the CLI's runner: " + result.compileError());
    }
    List<TestResult> tests = result.tests();
    List<TestResult> failing = tests.stream().filter(t -> t.status() == TestStatus.FAILED).toList();
    if (!failing.isEmpty()) {
      TestResult first = failing.get(0);
      throw new KitCheckException(
          "the reference solution fails "
              + failing.size()
              + " of its "
              + tests.size()
              + " tests in the CLI's runner, so no wrong solution can be judged there. First: "
              + first.displayName()
              + (first.message().isEmpty() ? "" : ": " + first.message().get(0)));
    }
    Set<String> passing = new HashSet<>();
    for (TestResult test : tests) {
      if (test.status() == TestStatus.PASSED) {
        passing.add(key(test));
      }
    }
    return passing;
  }

  private static String key(TestResult test) {
    return test.className() + "#" + test.memberName() + "#" + test.displayName();
  }

  /**
   * Lays out the exercise module's main sources, the reference solution's over them and, when
   * {@code wrong} is given, its files over those, and runs the exercise's tests on the result.
   */
  private Outcome runLaidOut(
      Path moduleDir, Path solutionDir, ExerciseView exercise, WrongSolution wrong) {
    String module = moduleDir.getFileName().toString();
    Exercise catalogEntry =
        kit.module(module)
            .flatMap(m -> m.exercise(dev.roadmapkit.core.model.ExerciseId.of(exercise.id())))
            .orElseThrow(
                () -> new KitCheckException(exercise.id() + " is not in the catalog of " + module));
    String label = wrong == null ? "the reference solution of " + exercise.id() : wrong.label();
    PrintStream out = System.out;
    PrintStream err = System.err;
    try (SolutionLayout layout =
        SolutionLayout.of(
            List.of(moduleDir, solutionDir),
            wrong == null ? solutionDir : wrong.dir(),
            wrong == null ? List.of() : wrong.files())) {
      String storeKey = null;
      if (wrong != null && store.isPresent()) {
        Path testsDir = testsDir(moduleDir, solutionDir);
        try {
          storeKey = store.get().key(layout.dir(), testsDir, catalogEntry.tests());
        } catch (UncheckedIOException e) {
          storeKey = null; // an input that cannot be read: run it
        }
        Optional<List<String>> kept =
            storeKey == null ? Optional.empty() : store.get().rejection(storeKey);
        if (kept.isPresent()) {
          return new Outcome(null, List.of(), kept.get(), storeKey);
        }
      }
      PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
      System.setOut(nowhere);
      System.setErr(nowhere);
      RunRequest request =
          new RunRequest(
              module, layout.dir(), testsDir(moduleDir, solutionDir), List.of(catalogEntry));
      // One failing test rejects a wrong solution; the reference needs every test's outcome.
      RunResult result =
          runner.run(wrong == null ? request : request.stoppingAtFirstFailure(), RunListener.NONE);
      if (result instanceof RunResult.DidNotCompile failed) {
        CompileError first = failed.errors().get(0);
        return new Outcome(
            layout.dir().relativize(first.file()).toString().replace('\\', '/')
                + ":"
                + first.line()
                + ": "
                + first.message(),
            List.of(),
            null,
            null);
      }
      return new Outcome(null, ((RunResult.Ran) result).tests(), null, storeKey);
    } catch (IOException e) {
      throw new KitCheckException("cannot lay out " + label + " to run it: " + e.getMessage(), e);
    } catch (RoadmapException e) {
      throw new KitCheckException(e.getMessage(), e);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /**
   * A compile error ({@code file:line: message}), or the tests' results when it compiled, or the
   * failed tests of a rejection the store kept; with the store's key of the run, if any.
   */
  private record Outcome(
      String compileError, List<TestResult> tests, List<String> kept, String storeKey) {}

  @Override
  public synchronized double seconds() {
    return seconds;
  }

  /** The solution module's compiled tests when the build made them, else the exercise module's. */
  static Path testsDir(Path moduleDir, Path solutionDir) {
    return Files.isRegularFile(solutionDir.resolve("target/test-classpath.txt"))
            && Files.isDirectory(solutionDir.resolve("target/test-classes"))
        ? solutionDir
        : moduleDir;
  }
}
