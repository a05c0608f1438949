package dev.roadmapkit.kitcheck;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The module runs of the kit build, read from what it left in each module's {@code target/}:
 * Surefire's reports, the compiled classes and PIT's report.
 */
public final class SurefireRuns implements ModuleRuns {

  /** Creates the reader. */
  public SurefireRuns() {}

  @Override
  public List<ReportedCase> startingCode(Path moduleDir, ModuleView module) {
    return SurefireReports.read(moduleDir.resolve("target/surefire-reports"));
  }

  @Override
  public List<ReportedCase> solution(Path moduleDir, Path solutionDir, ModuleView module) {
    return SurefireReports.read(solutionDir.resolve("target/surefire-reports"));
  }

  @Override
  public Path startingClasses(Path moduleDir) {
    return moduleDir.resolve("target/classes");
  }

  @Override
  public Path solutionClasses(Path solutionDir) {
    return solutionDir.resolve("target/classes");
  }

  @Override
  public Optional<MutationReport> mutation(Path solutionDir) {
    return Optional.of(
        MutationReport.read(solutionDir.resolve("target/pit-reports").resolve("mutations.xml")));
  }

  @Override
  public PhaseTimes times(Path moduleDir, Path solutionDir) {
    Path exerciseTarget = moduleDir.resolve("target");
    Path solutionTarget = solutionDir.resolve("target");
    return new PhaseTimes(
        PhaseTimes.suiteSeconds(exerciseTarget.resolve("surefire-reports")),
        PhaseTimes.suiteSeconds(solutionTarget.resolve("surefire-reports")),
        PhaseTimes.mutationSeconds(solutionTarget));
  }
}
