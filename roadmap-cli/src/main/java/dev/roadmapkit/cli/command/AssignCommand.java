package dev.roadmapkit.cli.command;

import dev.roadmapkit.cli.assign.Assignment;
import dev.roadmapkit.cli.assign.AssignmentChoice;
import dev.roadmapkit.cli.assign.AssignmentExporter;
import dev.roadmapkit.cli.assign.ClassroomWorkflow;
import dev.roadmapkit.cli.assign.Service;
import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.kit.KitException;
import dev.roadmapkit.core.model.Exercise;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ./roadmap assign <module>... --out DIR}: a standalone repository for a class, with only
 * the chosen modules, no solutions, a README for the students and GitHub Classroom autograding.
 */
@Command(
    name = "assign",
    mixinStandardHelpOptions = true,
    description = {
      "Write a repository for a class: chosen modules, no solutions, autograding.",
      "It holds the modules' starting code and tests, a README for students and a GitHub"
          + " Classroom workflow that grades every push with the catalog's points. Push it to"
          + " GitHub as a template repository and make it a Classroom assignment."
    })
public final class AssignCommand implements Callable<Integer> {

  @ParentCommand private RoadmapCommand root;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "MODULE",
      arity = "1..*",
      description = "Modules to assign, such as caching databases.")
  private List<String> modules = new ArrayList<>();

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "DIR",
      description = "The new repository's directory: new, or empty, and outside the kit.")
  private Path out;

  @Option(
      names = {"-e", "--exercise"},
      paramLabel = "ID",
      split = ",",
      description =
          "Assign only these exercises of their module (repeat, or separate with commas);"
              + " modules with none named keep all of theirs.")
  private List<String> exercises = new ArrayList<>();

  @Option(
      names = {"-p", "--points"},
      paramLabel = "ID=POINTS",
      split = ",",
      description =
          "Points for an exercise instead of the catalog's, such as caching/lru-cache=20.")
  private List<String> points = new ArrayList<>();

  @Option(
      names = "--hints",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Put the progressive hints into the students' README (default); --no-hints leaves them out.")
  private boolean hints;

  @Option(
      names = "--step-minutes",
      paramLabel = "MINUTES",
      defaultValue = "10",
      description = "Time limit of each exercise's grading step (default: ${DEFAULT-VALUE}).")
  private int stepMinutes;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "Title of the students' README (default: the modules' titles).")
  private String title;

  /** Creates the command; picocli calls this. */
  public AssignCommand() {}

  @Override
  public Integer call() {
    CommandContext context = root.context();
    Kit kit = context.kit();
    Path destination = out.toAbsolutePath().normalize();
    checkDestination(kit, destination);
    Assignment assignment;
    try {
      assignment =
          AssignmentChoice.choose(
              kit.curriculum(), modules, exercises, points, hints, stepMinutes, title);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    AssignmentExporter.Export export;
    try {
      export = new AssignmentExporter(kit.root()).export(assignment, destination);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    } catch (IOException e) {
      throw new KitException("cannot write " + destination + ": " + e.getMessage(), e);
    }
    report(context.terminal().out(), assignment, export);
    return 0;
  }

  private void checkDestination(Kit kit, Path destination) {
    if (destination.startsWith(kit.root())) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--out "
              + out
              + " is inside the kit; choose a directory outside it, such as ../"
              + (destination.getFileName() == null ? "class" : destination.getFileName()));
    }
    if (Files.exists(destination)) {
      boolean empty = false;
      if (Files.isDirectory(destination)) {
        try (Stream<Path> children = Files.list(destination)) {
          empty = children.findAny().isEmpty();
        } catch (IOException e) {
          throw new KitException("cannot read " + destination + ": " + e.getMessage(), e);
        }
      }
      if (!empty) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--out "
                + out
                + " exists and is not an empty directory; assign never overwrites: choose a new"
                + " directory");
      }
    }
  }

  private static void report(
      PrintStream out, Assignment assignment, AssignmentExporter.Export export) {
    out.println(
        "Wrote "
            + export.directory()
            + " ("
            + export.files()
            + " files): "
            + assignment.exercises().size()
            + (assignment.exercises().size() == 1 ? " exercise, " : " exercises, ")
            + assignment.maxPoints()
            + " points, hints "
            + (assignment.hintsIncluded() ? "included" : "left out")
            + ", no solutions.");
    for (Exercise exercise : assignment.exercises()) {
      out.printf("  %-40s %3d points%n", exercise.id(), exercise.points());
    }
    if (!export.services().isEmpty()) {
      out.println(
          "Its tests need "
              + String.join(" and ", export.services().stream().map(Service::displayName).toList())
              + "; the classroom workflow starts them as service containers.");
    }
    out.println("Next:");
    out.println(
        "  cd "
            + export.directory()
            + " && ./mvnw -q test   # the tests fail: the students' starting point");
    out.println(
        "  git init -b main && git add . && git commit -m 'Assignment' # then push to GitHub as a"
            + " template repository");
    out.println(
        "  "
            + ClassroomWorkflow.PATH
            + " grades every push. Keep this directory: after ./mvnw -fae test in a student's"
            + " clone,");
    out.println(
        "  ./roadmap grade CLONE --against "
            + export.directory()
            + " grades it with your tests and points");
  }
}
