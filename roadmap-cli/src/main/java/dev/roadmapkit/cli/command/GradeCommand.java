package dev.roadmapkit.cli.command;

import dev.roadmapkit.cli.grade.GradeFormat;
import dev.roadmapkit.cli.grade.Gradebook;
import dev.roadmapkit.cli.grade.Grader;
import dev.roadmapkit.cli.grade.Scoring;
import dev.roadmapkit.cli.kit.KitException;
import dev.roadmapkit.core.catalog.CatalogFormatException;
import dev.roadmapkit.kitcheck.KitCheckException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ./roadmap grade [DIR]}: a score table per exercise from the Surefire reports of a build.
 */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    description = {
      "Points per exercise from the test reports of a build, yours or a student's.",
      "DIR is a repository made by 'assign', or this kit (the default); build it first with"
          + " ./mvnw -fae test. An exercise earns its points in proportion to its passing tests"
          + " (with --all-or-nothing, only when all of them ran and passed)."
          + " Exit code 0 whatever the score; 3 when there is nothing to grade."
    })
public final class GradeCommand implements Callable<Integer> {

  @ParentCommand private RoadmapCommand root;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "DIR",
      arity = "0..1",
      description = "The repository to grade (default: this kit).")
  private Path directory;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "text",
      paramLabel = "FORMAT",
      description =
          "text, markdown (for $GITHUB_STEP_SUMMARY) or json (totals, exercises, and every test in"
              + " the shape of Exercism's test-runner results, version 3) (default: ${DEFAULT-VALUE}).")
  private GradeFormat format;

  @Option(
      names = {"-a", "--against"},
      paramLabel = "ASSIGNMENT",
      description =
          "The assignment as ./roadmap assign wrote it: grade by its tests, build and points, and"
              + " give an exercise nothing when DIR's tests or build differ from it.")
  private Path against;

  @Option(
      names = "--all-or-nothing",
      description =
          "Give an exercise its points only when every one of its tests passed, none otherwise"
              + " (default: in proportion to its passing tests).")
  private boolean allOrNothing;

  /** Creates the command; picocli calls this. */
  public GradeCommand() {}

  @Override
  public Integer call() {
    CommandContext context = root.context();
    Path dir = directory == null ? context.kit().root() : directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir.resolve("exercises"))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          dir
              + " has no exercises/ directory; give the root of a repository made by ./roadmap"
              + " assign, or of the kit");
    }
    Optional<Path> original = Optional.ofNullable(against).map(p -> p.toAbsolutePath().normalize());
    if (original.isPresent() && !Files.isDirectory(original.get().resolve("exercises"))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--against "
              + original.get()
              + " has no exercises/ directory; give the directory ./roadmap assign wrote");
    }
    Gradebook book;
    try {
      book =
          Grader.grade(dir, original, allOrNothing ? Scoring.ALL_OR_NOTHING : Scoring.PROPORTIONAL);
    } catch (CatalogFormatException e) {
      throw new KitException(e.getMessage().strip().replaceAll("\\s*\\R\\s*", "; "), e);
    } catch (IOException | KitCheckException e) {
      throw new KitException("cannot read " + dir + ": " + e.getMessage(), e);
    }
    if (book.grades().isEmpty() || !Grader.anythingRan(book)) {
      throw new KitException(
          "nothing to grade in "
              + dir
              + ": no test reports under exercises/*/"
              + Grader.REPORTS
              + "; run the tests first, every module's even when one fails: ./mvnw -fae test");
    }
    context.terminal().out().print(format.render(book));
    context.terminal().out().flush();
    return 0;
  }
}
