package dev.roadmapkit.cli.command;

import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.kit.Lookup;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.kitcheck.ExerciseView;
import dev.roadmapkit.kitcheck.Finding;
import dev.roadmapkit.kitcheck.KitCheckException;
import dev.roadmapkit.kitcheck.RunnerWrongSolutionRuns;
import dev.roadmapkit.kitcheck.WrongSolution;
import dev.roadmapkit.kitcheck.WrongSolutionGallery;
import dev.roadmapkit.kitcheck.WrongSolutionRuns;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./roadmap dev wrong [id|module]}: runs an exercise's tests against each wrong solution of
 * its gallery ({@code solutions/<module>/wrong/<exercise>/<name>/}) and says, for each, which test
 * rejected it, or that none did. The kit build proves the same (invariant 9); this is the quick
 * loop for writing galleries and the tests that reject them.
 */
@Command(
    name = "wrong",
    mixinStandardHelpOptions = true,
    description = {
      "Run the tests against every wrong solution of an exercise or a module.",
      "Each must be rejected by at least one test (DESIGN.md invariant 9); exit 1 if one is not."
    })
public final class DevWrongCommand implements Callable<Integer> {

  @ParentCommand private DevCommand dev;

  @Parameters(
      paramLabel = "ID",
      arity = "0..1",
      description = "An exercise (caching/lru-cache) or a module (caching); default: all modules.")
  private String id;

  /** Creates the command; picocli calls this. */
  public DevWrongCommand() {}

  @Override
  public Integer call() {
    CommandContext context = dev.root().context();
    Kit kit = context.kit();
    PrintStream out = context.terminal().out();
    List<Exercise> exercises = new ArrayList<>();
    if (id == null) {
      kit.curriculum().modules().forEach(m -> exercises.addAll(m.exercises()));
    } else {
      exercises.addAll(new Lookup(kit.curriculum()).exercisesOf(id));
    }
    WrongSolutionRuns runs = new RunnerWrongSolutionRuns(kit, context.runner());
    int total = 0;
    int rejected = 0;
    List<Finding> problems = new ArrayList<>();
    for (Exercise exercise : exercises) {
      String module = exercise.id().module();
      Path moduleDir = kit.moduleDir(module);
      Path solutionDir = kit.solutionDir(module);
      ExerciseView view = view(exercise);
      List<Finding> findings = new ArrayList<>();
      List<WrongSolution> gallery = WrongSolutionGallery.read(solutionDir, view, findings);
      out.println(exercise.id() + "  (" + gallery.size() + " wrong solutions)");
      for (WrongSolution wrong : gallery) {
        total++;
        WrongSolutionRuns.Verdict verdict;
        try {
          verdict = runs.run(moduleDir, solutionDir, view, wrong);
        } catch (KitCheckException e) {
          out.println("  ! " + wrong.name() + ": cannot run: " + e.getMessage());
          continue;
        }
        if (verdict instanceof WrongSolutionRuns.Verdict.Rejected r) {
          rejected++;
          out.println(
              "  ✔ "
                  + wrong.name()
                  + ": rejected by: "
                  + r.failed().get(0)
                  + (r.failed().size() == 1 ? "" : " and " + (r.failed().size() - 1) + " more"));
        } else if (verdict instanceof WrongSolutionRuns.Verdict.Accepted a) {
          out.println(
              "  ✘ "
                  + wrong.name()
                  + ": ACCEPTED, all "
                  + a.tests()
                  + " tests pass: "
                  + wrong.bug());
        } else if (verdict instanceof WrongSolutionRuns.Verdict.DidNotCompile d) {
          out.println("  ✘ " + wrong.name() + ": does not compile: " + d.error());
        }
      }
      findings.forEach(f -> out.println("  ! " + f.message()));
      problems.addAll(findings);
    }
    out.println();
    out.println(
        String.format(
            Locale.ROOT,
            "wrong solutions %d/%d rejected%s (%.1f s)",
            rejected,
            total,
            problems.isEmpty() ? "" : ", " + problems.size() + " gallery problems",
            runs.seconds()));
    return rejected == total && problems.isEmpty() ? 0 : 1;
  }

  private static ExerciseView view(Exercise exercise) {
    return new ExerciseView(
        exercise.id().toString(),
        exercise.packageName(),
        exercise.tests(),
        exercise.files(),
        exercise.topics().stream().map(Object::toString).toList());
  }
}
