package dev.roadmapkit.cli.command;

import dev.roadmapkit.cli.ExitCode;
import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.kit.KitException;
import dev.roadmapkit.cli.kit.Lookup;
import dev.roadmapkit.cli.output.Terminal;
import dev.roadmapkit.cli.solution.ExerciseFiles;
import dev.roadmapkit.cli.solution.LineDiff;
import dev.roadmapkit.core.model.Exercise;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./roadmap solution <id>}: after a confirmation, a unified diff of the learner's code (the
 * {@code -} lines) against the reference solution (the {@code +} lines).
 */
@Command(
    name = "solution",
    mixinStandardHelpOptions = true,
    description = {
      "A diff of your code against the reference solution, after you confirm.",
      "Lines starting with - are yours, lines starting with + the reference's."
    })
public final class SolutionCommand implements Callable<Integer> {

  @ParentCommand private RoadmapCommand root;

  @Parameters(paramLabel = "ID", description = "An exercise, such as caching/lru-cache.")
  private String id;

  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask; needed when the input is not a console.")
  private boolean yes;

  /** Creates the command; picocli calls this. */
  public SolutionCommand() {}

  @Override
  public Integer call() {
    CommandContext context = root.context();
    Kit kit = context.kit();
    Exercise exercise = new Lookup(kit.curriculum()).exercise(id);
    Path solutionDir = kit.solutionDir(exercise.id().module());
    Path moduleDir = kit.moduleDir(exercise.id().module());
    if (!Files.isDirectory(solutionDir.resolve(ExerciseFiles.packageDir(exercise)))) {
      throw new KitException(
          "there is no reference solution of "
              + exercise.id()
              + " here ("
              + kit.display(solutionDir.resolve(ExerciseFiles.packageDir(exercise)))
              + " does not exist)");
    }
    Terminal terminal = context.terminal();
    if (!yes) {
      if (!terminal.interactive()) {
        terminal
            .err()
            .println(
                "roadmap: the solution gives the answer away, so it is shown only after you confirm;"
                    + " the input is not a console: add --yes to show it");
        return ExitCode.BAD_INPUT.code();
      }
      Optional<String> answer =
          terminal.ask(
              "The reference solution of "
                  + exercise.id()
                  + " gives the answer away. Compare your code with it? [y/N] ");
      String reply = answer.orElse("").strip().toLowerCase(Locale.ROOT);
      if (!reply.equals("y") && !reply.equals("yes")) {
        terminal
            .out()
            .println("Not shown. ./roadmap hint " + exercise.id() + " gives a hint instead.");
        return ExitCode.CANCELLED.code();
      }
    }
    TreeSet<String> files = new TreeSet<>(ExerciseFiles.in(exercise, moduleDir));
    files.addAll(ExerciseFiles.in(exercise, solutionDir));
    PrintStream out = terminal.out();
    boolean same = true;
    for (String file : files) {
      Path mine = moduleDir.resolve(file);
      Path reference = solutionDir.resolve(file);
      List<String> diff =
          LineDiff.unified(
              Files.exists(mine) ? kit.display(mine) + " (yours)" : "/dev/null",
              lines(mine),
              Files.exists(reference) ? kit.display(reference) + " (reference)" : "/dev/null",
              lines(reference));
      if (!diff.isEmpty()) {
        same = false;
        diff.forEach(out::println);
      }
    }
    if (same) {
      out.println("Your code of " + exercise.id() + " is the same as the reference solution.");
    }
    return ExitCode.OK.code();
  }

  private static List<String> lines(Path file) {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new KitException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
