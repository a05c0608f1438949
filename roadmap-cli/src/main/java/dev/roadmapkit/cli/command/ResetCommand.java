package dev.roadmapkit.cli.command;

import dev.roadmapkit.cli.kit.Kit;
import dev.roadmapkit.cli.kit.KitException;
import dev.roadmapkit.cli.kit.Lookup;
import dev.roadmapkit.cli.solution.ExerciseFiles;
import dev.roadmapkit.cli.solution.StartingCode;
import dev.roadmapkit.core.model.Exercise;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./roadmap reset <id>}: restores an exercise's starting code from git's {@code HEAD}, after
 * copying the learner's files to {@code .roadmap/backup/<timestamp>/}. Files the learner added to
 * the exercise's package are kept (and backed up too).
 */
@Command(
    name = "reset",
    mixinStandardHelpOptions = true,
    description = {
      "Restore an exercise's starting code, keeping a copy of yours.",
      "The starting code is what git has at HEAD; your files go to .roadmap/backup/<time>/."
    })
public final class ResetCommand implements Callable<Integer> {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  @ParentCommand private RoadmapCommand root;

  @Parameters(paramLabel = "ID", description = "An exercise, such as caching/lru-cache.")
  private String id;

  /** Creates the command; picocli calls this. */
  public ResetCommand() {}

  @Override
  public Integer call() {
    CommandContext context = root.context();
    Kit kit = context.kit();
    Exercise exercise = new Lookup(kit.curriculum()).exercise(id);
    StartingCode starting = new StartingCode(context.git(), kit.root());
    String moduleDir = "exercises/" + exercise.id().module() + "/";
    TreeSet<String> tracked = new TreeSet<>();
    tracked.addAll(starting.filesUnder(moduleDir + ExerciseFiles.packageDir(exercise)));
    exercise.files().forEach(f -> tracked.add(moduleDir + f));

    Map<String, byte[]> restore = new LinkedHashMap<>();
    for (String file : tracked) {
      Optional<byte[]> content = starting.at(file);
      if (content.isEmpty()) {
        continue;
      }
      Path current = kit.root().resolve(file);
      if (!Files.exists(current) || !Arrays.equals(read(current), content.get())) {
        restore.put(file, content.get());
      }
    }
    PrintStream out = context.terminal().out();
    if (restore.isEmpty()) {
      out.println(exercise.id() + " is already at its starting code; nothing to reset.");
      return 0;
    }
    Path backup = backupDir(kit, context);
    List<String> added = new ArrayList<>();
    for (String file : ExerciseFiles.in(exercise, kit.moduleDir(exercise.id().module()))) {
      String relative = moduleDir + file;
      if (!tracked.contains(relative)) {
        added.add(relative);
      }
    }
    List<String> backedUp = new ArrayList<>(restore.keySet());
    backedUp.addAll(added);
    for (String file : backedUp) {
      Path current = kit.root().resolve(file);
      if (Files.exists(current)) {
        copy(current, backup.resolve(file));
      }
    }
    for (Map.Entry<String, byte[]> entry : restore.entrySet()) {
      write(kit.root().resolve(entry.getKey()), entry.getValue());
    }
    context.progress().update(progress -> progress.withoutExercise(exercise.id()));
    out.println(
        "Restored the starting code of "
            + exercise.id()
            + " ("
            + restore.size()
            + (restore.size() == 1 ? " file" : " files")
            + "). Your code is in "
            + kit.display(backup)
            + "/.");
    if (!added.isEmpty()) {
      out.println("Kept the files you added: " + String.join(", ", added));
    }
    return 0;
  }

  private static Path backupDir(Kit kit, CommandContext context) {
    String stamp = STAMP.format(context.clock().instant());
    Path dir = kit.backupDir().resolve(stamp);
    for (int n = 2; Files.exists(dir); n++) {
      dir = kit.backupDir().resolve(stamp + "-" + n);
    }
    return dir;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new KitException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static void copy(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    } catch (IOException e) {
      throw new KitException(
          "cannot back up " + from + " (" + e.getMessage() + "); nothing was reset", e);
    }
  }

  private static void write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new KitException(
          "cannot write " + file + " (" + e.getMessage() + "); your code is in the backup", e);
    }
  }
}
