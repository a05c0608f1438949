package dev.roadmapkit.cli.command;

import dev.roadmapkit.cli.devcheck.RunnerModuleRuns;
import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.runner.TestRunner;
import dev.roadmapkit.kitcheck.KitCheckMain;
import dev.roadmapkit.kitcheck.RunnerWrongSolutionRuns;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./roadmap dev check}: the kit check's invariants, with every module's tests run against
 * its starting code and its solution through the CLI's runner. Mutation testing is left to the kit
 * build ({@code ./mvnw verify -Pkit}).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Prove the kit's invariants with the tests run through this runner.",
      "Solutions pass, starting code fails as designed, every test runs, API parity, catalogs",
      "(DESIGN.md). Mutation testing needs the kit build: ./mvnw verify -Pkit."
    })
public final class DevCheckCommand implements Callable<Integer> {

  @ParentCommand private DevCommand dev;

  @Option(
      names = "--mutation-threshold",
      defaultValue = "85",
      paramLabel = "PERCENT",
      description = "The mutation score bar, as in the kit build (default: ${DEFAULT-VALUE}).")
  private int threshold;

  /** Creates the command; picocli calls this. */
  public DevCheckCommand() {}

  @Override
  public Integer call() {
    CommandContext context = dev.root().context();
    Kit kit = context.kit();
    TestRunner runner = context.runner();
    return KitCheckMain.check(
        kit.root(),
        threshold,
        Optional.empty(),
        new RunnerModuleRuns(kit, runner),
        Optional.of(new RunnerWrongSolutionRuns(kit, runner)),
        Optional.of(
            "tests ran through the roadmap runner; mutation testing is not part of dev check"
                + " (the kit build measures it: ./mvnw verify -Pkit)"),
        context.terminal().out(),
        context.terminal().err());
  }
}
