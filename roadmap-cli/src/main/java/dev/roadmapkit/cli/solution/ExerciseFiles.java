package dev.roadmapkit.cli.solution;

import dev.roadmapkit.core.model.Exercise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files that make up an exercise's code, relative to a module directory: the files its catalog
 * entry names, and the Java sources in its package and the packages below it.
 */
public final class ExerciseFiles {

  private ExerciseFiles() {}

  /**
   * Returns the package directory of an exercise, relative to a module directory.
   *
   * @param exercise the exercise
   * @return {@code src/main/java/dev/roadmapkit/<module>/<exercise>}
   */
  public static String packageDir(Exercise exercise) {
    return "src/main/java/" + exercise.packageName().replace('.', '/');
  }

  /**
   * Returns the exercise's files that exist under a module directory, plus those its catalog names,
   * sorted, with forward slashes.
   *
   * @param exercise the exercise
   * @param moduleDir an exercise module or its solution
   * @return relative paths
   */
  public static List<String> in(Exercise exercise, Path moduleDir) {
    TreeSet<String> files = new TreeSet<>(exercise.files());
    Path packageDir = moduleDir.resolve(packageDir(exercise));
    if (Files.isDirectory(packageDir)) {
      try (Stream<Path> list = Files.walk(packageDir)) {
        list.filter(Files::isRegularFile)
            .filter(f -> f.getFileName().toString().endsWith(".java"))
            .forEach(f -> files.add(moduleDir.relativize(f).toString().replace('\\', '/')));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(files);
  }
}
