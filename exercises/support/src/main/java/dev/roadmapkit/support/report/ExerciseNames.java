package dev.roadmapkit.support.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names tests by exercise: the id from the module's {@code exercises.yaml}, found from the working
 * directory (an exercise module, or a solution module next to {@code exercises/}).
 */
final class ExerciseNames {

  private static final Pattern PACKAGE =
      Pattern.compile("^dev\\.roadmapkit\\.([a-z0-9]+)\\.([a-z0-9]+)\\..*$");
  private static final Pattern ID_LINE = Pattern.compile("^\\s*-\\s*id:\\s*([a-z0-9-]+)\\s*$");

  private final String module;
  private final Map<String, String> idsByCompactName;

  private ExerciseNames(String module, Map<String, String> idsByCompactName) {
    this.module = module;
    this.idsByCompactName = Map.copyOf(idsByCompactName);
  }

  static ExerciseNames fromWorkingDirectory() {
    return fromModuleDirectory(Path.of("").toAbsolutePath());
  }

  static ExerciseNames fromModuleDirectory(Path dir) {
    Path catalog = dir.resolve("exercises.yaml");
    if (!Files.isRegularFile(catalog)
        && dir.getParent() != null
        && dir.getParent().getParent() != null) {
      // A solution module: solutions/<module> next to exercises/<module>.
      catalog =
          dir.getParent()
              .getParent()
              .resolve("exercises")
              .resolve(dir.getFileName())
              .resolve("exercises.yaml");
    }
    Map<String, String> ids = new HashMap<>();
    String module = dir.getFileName() == null ? "" : dir.getFileName().toString();
    if (Files.isRegularFile(catalog)) {
      try {
        for (String line : Files.readAllLines(catalog, StandardCharsets.UTF_8)) {
          Matcher matcher = ID_LINE.matcher(line);
          if (matcher.matches()) {
            ids.put(matcher.group(1).replace("-", ""), matcher.group(1));
          }
        }
      } catch (IOException e) {
        // without the catalog, names fall back to the package
      }
    }
    return new ExerciseNames(module, ids);
  }

  /** {@code caching/lru-cache} for a test class in {@code dev.roadmapkit.caching.lrucache}. */
  String exerciseOf(String className) {
    Matcher matcher = PACKAGE.matcher(className);
    if (!matcher.matches()) {
      return className;
    }
    String compact = matcher.group(2);
    String name = Optional.ofNullable(idsByCompactName.get(compact)).orElse(compact);
    String moduleName =
        module.replace("-", "").equals(matcher.group(1)) ? module : matcher.group(1);
    return moduleName + "/" + name;
  }

  /** What a learner with failing tests in {@code exercise} should do next. */
  String nextStep(String exercise) {
    String module = exercise.substring(0, Math.max(0, exercise.indexOf('/')));
    return "read the task in the Javadoc of the exercise's class and in exercises/"
        + module
        + "/README.md; stuck? the hints are in exercises/"
        + module
        + "/exercises.yaml";
  }
}
