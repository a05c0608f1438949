package dev.roadmapkit.cli.devcheck;

import dev.roadmapkit.cli.RoadmapException;
import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.runner.CompileError;
import dev.roadmapkit.cli.runner.RunListener;
import dev.roadmapkit.cli.runner.RunRequest;
import dev.roadmapkit.cli.runner.RunResult;
import dev.roadmapkit.cli.runner.TestResult;
import dev.roadmapkit.cli.runner.TestRunner;
import dev.roadmapkit.core.catalog.ModuleCatalog;
import dev.roadmapkit.kitcheck.KitCheckException;
import dev.roadmapkit.kitcheck.ModuleRuns;
import dev.roadmapkit.kitcheck.ModuleView;
import dev.roadmapkit.kitcheck.MutationReport;
import dev.roadmapkit.kitcheck.PhaseTimes;
import dev.roadmapkit.kitcheck.ReportedCase;
import dev.roadmapkit.kitcheck.SolutionLayout;
import dev.roadmapkit.kitcheck.TestOutcome;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Module runs made by the CLI's {@link TestRunner}: each module's tests against its starting code
 * ({@code exercises/<module>/src/main/java}) and against its solution (the solution's files of
 * {@code solutions/<module>/src/main} over the exercise module's), both compiled by the runner. The
 * tests are the ones the build compiled (for the solution, the solution module's when it has them).
 * Mutation testing is not among the runs; the kit build measures it.
 */
public final class RunnerModuleRuns implements ModuleRuns {

  private static final String CLASSES = "target/roadmap-classes";

  /**
   * Where a solution is laid out to be compiled: the exercise module's main sources with the
   * solution's files over them, as the kit build compiles it.
   */
  private static final String LAYOUT = "target/roadmap-layout";

  private final Kit kit;
  private final TestRunner runner;
  private final Map<Path, Double> seconds = new HashMap<>();

  /**
   * Creates the runs.
   *
   * @param kit the kit
   * @param runner the runner; not closed here
   */
  public RunnerModuleRuns(Kit kit, TestRunner runner) {
    this.kit = Objects.requireNonNull(kit, "kit must not be null");
    this.runner = Objects.requireNonNull(runner, "runner must not be null");
  }

  @Override
  public List<ReportedCase> startingCode(Path moduleDir, ModuleView module) {
    return run(moduleDir, moduleDir, moduleDir, "the starting code");
  }

  @Override
  public List<ReportedCase> solution(Path moduleDir, Path solutionDir, ModuleView module) {
    Path layout = solutionDir.resolve(LAYOUT);
    try {
      SolutionLayout.layOut(layout, List.of(moduleDir, solutionDir), solutionDir, List.of());
    } catch (IOException e) {
      throw new KitCheckException(
          "cannot lay out the solution of " + module.module() + ": " + e.getMessage(), e);
    }
    return run(moduleDir, layout, solutionDir, "the solution");
  }

  @Override
  public Path startingClasses(Path moduleDir) {
    return moduleDir.resolve(CLASSES);
  }

  @Override
  public Path solutionClasses(Path solutionDir) {
    return solutionDir.resolve(LAYOUT).resolve(CLASSES);
  }

  @Override
  public Optional<MutationReport> mutation(Path solutionDir) {
    return Optional.empty();
  }

  @Override
  public PhaseTimes times(Path moduleDir, Path solutionDir) {
    return new PhaseTimes(
        seconds.getOrDefault(moduleDir, 0.0), seconds.getOrDefault(solutionDir, 0.0), 0);
  }

  private List<ReportedCase> run(Path moduleDir, Path codeDir, Path testsFrom, String side) {
    String module = moduleDir.getFileName().toString();
    ModuleCatalog catalog =
        kit.module(module)
            .orElseThrow(() -> new KitCheckException("exercises/" + module + " has no catalog"));
    if (catalog.exercises().isEmpty()) {
      return List.of();
    }
    RunResult result;
    PrintStream out = System.out;
    PrintStream err = System.err;
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    System.setOut(nowhere);
    System.setErr(nowhere);
    try {
      result =
          runner.run(
              new RunRequest(module, codeDir, testsDir(moduleDir, testsFrom), catalog.exercises()),
              RunListener.NONE);
    } catch (RoadmapException e) {
      throw new KitCheckException(e.getMessage(), e);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    if (result instanceof RunResult.DidNotCompile failed) {
      CompileError first = failed.errors().get(0);
      throw new KitCheckException(
          side
              + " does not compile: "
              + kit.display(first.file())
              + ":"
              + first.line()
              + ": "
              + first.message());
    }
    RunResult.Ran ran = (RunResult.Ran) result;
    seconds.put(testsFrom, ran.testTime().toNanos() / 1e9);
    return ran.tests().stream().map(RunnerModuleRuns::reported).toList();
  }

  /**
   * The compiled tests to run against some code: a solution module's own, which the kit build
   * compiled against the solution, when it has them; otherwise the exercise module's, which fit the
   * solution as long as the two expose the same API.
   */
  private static Path testsDir(Path moduleDir, Path codeDir) {
    return Files.isRegularFile(codeDir.resolve("target/test-classpath.txt"))
            && Files.isDirectory(codeDir.resolve("target/test-classes"))
        ? codeDir
        : moduleDir;
  }

  private static ReportedCase reported(TestResult test) {
    TestOutcome.Status status =
        switch (test.status()) {
          case PASSED -> TestOutcome.Status.PASSED;
          case FAILED -> TestOutcome.Status.FAILED;
          case SKIPPED -> TestOutcome.Status.SKIPPED;
        };
    // The whole message, as Surefire reports it, so the kit check sees what a check prints.
    String message = String.join("\n", test.message());
    String name = test.memberName().isEmpty() ? test.displayName() : test.memberName();
    return new ReportedCase(test.className(), name, new TestOutcome(status, message, 1));
  }
}
