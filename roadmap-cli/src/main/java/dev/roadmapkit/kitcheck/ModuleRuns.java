package dev.roadmapkit.kitcheck;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the kit check gets a module's test runs from: the outcome of every test against the
 * starting code and against the solution, the classes each was compiled to, the mutation report and
 * the phases' times. The kit build reads what Surefire and PIT wrote ({@link SurefireRuns}); {@code
 * ./roadmap dev check} runs the tests itself through the CLI's runner.
 */
public interface ModuleRuns {

  /**
   * Returns the outcome of every test of a module against its starting code.
   *
   * @param moduleDir the exercise module
   * @param module the module's catalog as the check reads it
   * @return one case per reported test invocation
   * @throws KitCheckException if the outcomes cannot be had
   */
  List<ReportedCase> startingCode(Path moduleDir, ModuleView module);

  /**
   * Returns the outcome of every test of a module against its reference solution.
   *
   * @param moduleDir the exercise module, whose tests run
   * @param solutionDir the solution module
   * @param module the module's catalog as the check reads it
   * @return one case per reported test invocation
   * @throws KitCheckException if the outcomes cannot be had
   */
  List<ReportedCase> solution(Path moduleDir, Path solutionDir, ModuleView module);

  /**
   * Returns the directory of the starting code's compiled classes.
   *
   * @param moduleDir the exercise module
   * @return the classes directory
   */
  Path startingClasses(Path moduleDir);

  /**
   * Returns the directory of the solution's compiled classes.
   *
   * @param solutionDir the solution module
   * @return the classes directory
   */
  Path solutionClasses(Path solutionDir);

  /**
   * Returns the mutation testing of the solution, if these runs include it.
   *
   * @param solutionDir the solution module
   * @return the report, or empty when these runs do not measure mutation
   * @throws KitCheckException if mutation should have been measured and was not
   */
  Optional<MutationReport> mutation(Path solutionDir);

  /**
   * Returns how long the module's phases took.
   *
   * @param moduleDir the exercise module
   * @param solutionDir the solution module
   * @return the times
   */
  PhaseTimes times(Path moduleDir, Path solutionDir);
}
