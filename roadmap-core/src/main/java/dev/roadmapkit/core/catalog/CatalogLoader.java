package dev.roadmapkit.core.catalog;

import dev.roadmapkit.core.content.YamlEntry;
import dev.roadmapkit.core.content.YamlEntry.MalformedEntryException;
import dev.roadmapkit.core.model.Difficulty;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseId;
import dev.roadmapkit.core.model.ExerciseKind;
import dev.roadmapkit.core.model.SectionId;
import dev.roadmapkit.core.model.Slug;
import dev.roadmapkit.core.model.TopicId;
import dev.roadmapkit.core.validation.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads exercise modules' {@code exercises.yaml} files.
 *
 * <p>The format:
 *
 * <pre>{@code
 * module: caching                 # directory name under exercises/, a slug
 * section: caching                # the roadmap section this module practises
 * title: Caching
 * exercises:                      # in the order a learner should do them
 *   - id: lru-cache               # slug; the full id is caching/lru-cache
 *     title: An O(1) LRU cache
 *     kind: implement             # implement | fix | write-tests
 *     difficulty: medium          # easy | medium | hard
 *     points: 10                  # positive whole number
 *     minutes: 30                 # estimated minutes, positive
 *     topics: [caching-strategies, types-of-caching]
 *     files:                      # relative to the module directory; optional
 *       - src/main/java/dev/roadmapkit/caching/lrucache/LruCache.java
 *     tests:                      # fully qualified test class names
 *       - dev.roadmapkit.caching.lrucache.LruCacheTest
 *     hints:                      # progressive; optional here, CatalogCheck wants two or more
 *       - ...
 * }</pre>
 *
 * <p>Unknown fields are refused. Consistency with the roadmap (known section and topics, enough
 * hints, tests in the exercise's package) is not checked here but by {@link CatalogCheck}.
 */
public final class CatalogLoader {

  /** The catalog's file name inside a module directory. */
  public static final String FILE_NAME = "exercises.yaml";

  private static final List<String> MODULE_FIELDS =
      List.of("module", "section", "title", "exercises");
  private static final List<String> EXERCISE_FIELDS =
      List.of(
          "id",
          "title",
          "kind",
          "difficulty",
          "points",
          "minutes",
          "topics",
          "files",
          "tests",
          "hints");

  private CatalogLoader() {}

  /**
   * Reads the catalog of one module directory; its {@code module} field must equal the directory's
   * name.
   *
   * @param moduleDir the module directory, such as {@code exercises/caching}
   * @return the catalog
   * @throws IOException if the file exists but cannot be read
   * @throws CatalogFormatException if the directory has no {@code exercises.yaml}, or the file is
   *     malformed, or its module is not the directory's name
   */
  public static ModuleCatalog load(Path moduleDir) throws IOException {
    Objects.requireNonNull(moduleDir, "module directory must not be null");
    Path file = moduleDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new CatalogFormatException(
          file.toString(),
          new Problem("top level", "the file does not exist; every exercise module needs one"));
    }
    ModuleCatalog catalog;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      catalog = load(reader, file.toString());
    }
    Path name = moduleDir.toAbsolutePath().normalize().getFileName();
    String directory = name == null ? "" : name.toString();
    if (!catalog.module().equals(directory)) {
      throw new CatalogFormatException(
          file.toString(),
          new Problem(
              "top level",
              "field 'module' is '"
                  + catalog.module()
                  + "' but the directory is '"
                  + directory
                  + "'; they must be the same"));
    }
    return catalog;
  }

  /**
   * Reads every module under an exercises directory: each direct subdirectory that contains an
   * {@code exercises.yaml}, in order of directory name.
   *
   * @param exercisesDir the directory, such as {@code exercises}
   * @return the catalogs, sorted by module name
   * @throws IOException if the directory cannot be listed or a file cannot be read
   * @throws CatalogFormatException for the first malformed catalog, in order of directory name
   */
  public static List<ModuleCatalog> loadAll(Path exercisesDir) throws IOException {
    Objects.requireNonNull(exercisesDir, "exercises directory must not be null");
    List<Path> modules;
    try (Stream<Path> children = Files.list(exercisesDir)) {
      modules =
          children.filter(child -> Files.isRegularFile(child.resolve(FILE_NAME))).sorted().toList();
    }
    List<ModuleCatalog> catalogs = new ArrayList<>(modules.size());
    for (Path module : modules) {
      catalogs.add(load(module));
    }
    return List.copyOf(catalogs);
  }

  /**
   * Reads a catalog from text, without comparing its module to a directory name.
   *
   * @param reader the YAML text; not closed
   * @param sourceName the name used in messages, such as the file's path
   * @return the catalog
   * @throws IOException if reading fails
   * @throws CatalogFormatException if the text is malformed
   */
  public static ModuleCatalog load(Reader reader, String sourceName) throws IOException {
    Objects.requireNonNull(reader, "reader must not be null");
    Objects.requireNonNull(sourceName, "source name must not be null");
    try {
      return catalog(YamlEntry.parse(reader));
    } catch (MalformedEntryException e) {
      throw new CatalogFormatException(sourceName, e.problem());
    }
  }

  private static ModuleCatalog catalog(YamlEntry root) {
    root.allowOnly(MODULE_FIELDS);
    String module =
        root.convert(
            "module",
            name -> {
              if (!Slug.isValid(name)) {
                throw new IllegalArgumentException(
                    "module must be a slug like 'web-security', got '" + name + "'");
              }
              return name;
            });
    SectionId section = root.convert("section", SectionId::of);
    String title = root.text("title");
    List<Exercise> exercises = new ArrayList<>();
    Map<ExerciseId, String> seen = new HashMap<>();
    for (YamlEntry entry : root.entries("exercises")) {
      Exercise exercise = exercise(module, entry);
      String previous =
          seen.putIfAbsent(exercise.id(), entry.labelled(exercise.id().name()).where());
      if (previous != null) {
        throw entry
            .labelled(exercise.id().name())
            .problem(
                "duplicate exercise id '"
                    + exercise.id()
                    + "'; "
                    + previous
                    + " already uses it, and ids must be unique");
      }
      exercises.add(exercise);
    }
    return new ModuleCatalog(module, section, title, exercises);
  }

  private static Exercise exercise(String module, YamlEntry entry) {
    YamlEntry exercise = entry.labelledBy("id");
    exercise.allowOnly(EXERCISE_FIELDS);
    ExerciseId id = exercise.convert("id", name -> new ExerciseId(module, name));
    String title = exercise.text("title");
    String kindName = exercise.text("kind");
    ExerciseKind kind =
        ExerciseKind.fromKey(kindName)
            .orElseThrow(
                () ->
                    exercise.problem(
                        "unknown kind '"
                            + kindName
                            + "'; use one of: "
                            + keys(Arrays.stream(ExerciseKind.values()).map(ExerciseKind::key))));
    String difficultyName = exercise.text("difficulty");
    Difficulty difficulty =
        Difficulty.fromKey(difficultyName)
            .orElseThrow(
                () ->
                    exercise.problem(
                        "unknown difficulty '"
                            + difficultyName
                            + "'; use one of: "
                            + keys(Arrays.stream(Difficulty.values()).map(Difficulty::key))));
    return new Exercise(
        id,
        title,
        kind,
        difficulty,
        exercise.positiveInt("points"),
        exercise.positiveInt("minutes"),
        exercise.convertEach("topics", true, TopicId::of),
        exercise.texts("files", false),
        exercise.texts("tests", true),
        exercise.texts("hints", false));
  }

  private static String keys(Stream<String> keys) {
    return keys.collect(Collectors.joining(", "));
  }
}
