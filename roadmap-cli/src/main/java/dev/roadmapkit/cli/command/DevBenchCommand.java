package dev.roadmapkit.cli.command;

import dev.roadmapkit.cli.check.ExerciseChecker;
import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.kit.KitException;
import dev.roadmapkit.cli.kit.Lookup;
import dev.roadmapkit.cli.output.Terminal;
import dev.roadmapkit.core.model.Exercise;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./roadmap dev bench <id>}: times re-checks of one exercise in one long-lived runner, as
 * {@code watch} does them after a save (the exercise's file is touched, so each compiles, loads,
 * runs and records), and prints each and the median.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Time warm re-checks of an exercise in one long-lived runner, as watch makes them.")
public final class DevBenchCommand implements Callable<Integer> {

  @ParentCommand private DevCommand dev;

  @Parameters(paramLabel = "ID", description = "An exercise, such as caching/lru-cache.")
  private String id;

  @Option(
      names = "--runs",
      defaultValue = "20",
      description = "Timed re-checks (default: ${DEFAULT-VALUE}).")
  private int runs;

  @Option(
      names = "--warmup",
      defaultValue = "5",
      description = "Untimed re-checks first (default: ${DEFAULT-VALUE}).")
  private int warmup;

  /** Creates the command; picocli calls this. */
  public DevBenchCommand() {}

  @Override
  public Integer call() {
    CommandContext context = dev.root().context();
    Kit kit = context.kit();
    Exercise exercise = new Lookup(kit.curriculum()).exercise(id);
    PrintStream out = context.terminal().out();
    Terminal silent =
        new Terminal(
            new PrintStream(OutputStream.nullOutputStream()),
            context.terminal().err(),
            InputStream.nullInputStream(),
            false,
            StandardCharsets.UTF_8);
    Path file = kit.fileToOpen(exercise);
    List<Long> times = new ArrayList<>();
    long first;
    ExerciseChecker checker =
        new ExerciseChecker(kit, context.runner(), context.progress(), silent);
    first = timed(checker, exercise, file);
    for (int i = 0; i < Math.max(0, warmup); i++) {
      timed(checker, exercise, file);
    }
    for (int i = 0; i < Math.max(1, runs); i++) {
      long millis = timed(checker, exercise, file);
      times.add(millis);
      out.println("  re-check " + (i + 1) + ": " + millis + " ms");
    }
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    long median =
        sorted.size() % 2 == 1
            ? sorted.get(sorted.size() / 2)
            : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    out.println(
        exercise.id()
            + ": median "
            + median
            + " ms over "
            + sorted.size()
            + " warm re-checks (min "
            + sorted.get(0)
            + " ms, max "
            + sorted.get(sorted.size() - 1)
            + " ms; first check in this runner "
            + first
            + " ms)");
    return 0;
  }

  /** One re-check as after a save: the exercise's file is touched first, so it compiles again. */
  private static long timed(ExerciseChecker checker, Exercise exercise, Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      throw new KitException("cannot touch " + file + ": " + e.getMessage(), e);
    }
    long start = System.nanoTime();
    checker.check(List.of(exercise));
    return (System.nanoTime() - start) / 1_000_000;
  }
}
