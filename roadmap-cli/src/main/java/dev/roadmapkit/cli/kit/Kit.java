package dev.roadmapkit.cli.kit;

import dev.roadmapkit.core.catalog.CatalogFormatException;
import dev.roadmapkit.core.catalog.CatalogLoader;
import dev.roadmapkit.core.catalog.ModuleCatalog;
import dev.roadmapkit.core.content.RoadmapLoader;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.Roadmap;
import dev.roadmapkit.core.query.Curriculum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The kit's directory and what is in it: the exercise modules under {@code exercises/}, the
 * reference solutions under {@code solutions/}, and the learner's own state under {@code .roadmap/}
 * (progress, backups), which git ignores.
 *
 * <p>The curriculum (the bundled roadmap joined with every module's {@code exercises.yaml}) is read
 * on first use and then kept; a binary copy in {@code .roadmap/cache/} spares later commands the
 * YAML parsing while the files it came from stay the same.
 */
public final class Kit {

  /** The learner's state directory, relative to the root. */
  public static final String STATE_DIR = ".roadmap";

  private final Path root;
  private Curriculum curriculum;

  private Kit(Path root) {
    this.root = root;
  }

  /**
   * Opens the kit whose root directory is {@code root}.
   *
   * @param root the directory that holds {@code exercises/}
   * @return the kit
   * @throws KitException if {@code root} has no {@code exercises/} directory
   */
  public static Kit at(Path root) {
    Objects.requireNonNull(root, "root must not be null");
    Path normalized = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(normalized.resolve("exercises"))) {
      throw new KitException(
          normalized
              + " is not the roadmap kit's directory (it has no exercises/): run ./roadmap from the"
              + " kit's root");
    }
    return new Kit(normalized);
  }

  /**
   * Finds the kit that contains {@code start}: the nearest directory, {@code start} or above, with
   * an {@code exercises/} directory and a {@code pom.xml}.
   *
   * @param start where to begin, usually the working directory
   * @return the kit
   * @throws KitException if no such directory exists above {@code start}
   */
  public static Kit locate(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("exercises"))
          && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return new Kit(dir);
      }
    }
    throw new KitException(
        "no roadmap kit here: run ./roadmap from the kit's directory, or a directory inside it");
  }

  /**
   * Returns the root directory.
   *
   * @return the absolute, normalized root
   */
  public Path root() {
    return root;
  }

  /**
   * Returns the directory of the exercise modules.
   *
   * @return {@code <root>/exercises}
   */
  public Path exercisesDir() {
    return root.resolve("exercises");
  }

  /**
   * Returns an exercise module's directory.
   *
   * @param module the module's name, such as {@code caching}
   * @return {@code <root>/exercises/<module>}
   */
  public Path moduleDir(String module) {
    return exercisesDir().resolve(module);
  }

  /**
   * Returns the directory of a module's reference solution.
   *
   * @param module the module's name
   * @return {@code <root>/solutions/<module>}
   */
  public Path solutionDir(String module) {
    return root.resolve("solutions").resolve(module);
  }

  /**
   * Returns the learner's state directory, which git ignores.
   *
   * @return {@code <root>/.roadmap}
   */
  public Path stateDir() {
    return root.resolve(STATE_DIR);
  }

  /**
   * Returns the progress file.
   *
   * @return {@code <root>/.roadmap/progress.json}
   */
  public Path progressFile() {
    return stateDir().resolve("progress.json");
  }

  /**
   * Returns the directory that keeps the learner's code before {@code reset} replaces it.
   *
   * @return {@code <root>/.roadmap/backup}
   */
  public Path backupDir() {
    return stateDir().resolve("backup");
  }

  /**
   * Returns the first file a learner edits for an exercise: the first of its {@code files}, or else
   * its package directory.
   *
   * @param exercise the exercise
   * @return the file, absolute
   */
  public Path fileToOpen(Exercise exercise) {
    Path module = moduleDir(exercise.id().module());
    return exercise.files().isEmpty()
        ? module.resolve("src/main/java").resolve(exercise.packageName().replace('.', '/'))
        : module.resolve(exercise.files().get(0));
  }

  /**
   * Returns where the task of an exercise is told: the Javadoc of its Java file, or else its
   * module's README.
   *
   * @param exercise the exercise
   * @return such as {@code "the task in its Javadoc"}
   */
  public String whereTheTaskIs(Exercise exercise) {
    return fileToOpen(exercise).toString().endsWith(".java")
        ? "the task in its Javadoc"
        : "the task in exercises/" + exercise.id().module() + "/README.md";
  }

  /**
   * Returns a path relative to the root, with forward slashes, for messages.
   *
   * @param path a path inside the kit, or anywhere
   * @return the relative path, or {@code path} itself when it lies outside the kit
   */
  public String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }

  /**
   * Returns the bundled roadmap joined with the catalogs of the modules under {@code exercises/};
   * read once.
   *
   * @return the curriculum
   * @throws KitException if a catalog is missing, unreadable or malformed
   */
  public synchronized Curriculum curriculum() {
    if (curriculum == null) {
      CurriculumCache cache =
          new CurriculumCache(stateDir().resolve("cache/curriculum.bin"), exercisesDir());
      Optional<CurriculumCache.Content> cached = cache.read();
      if (cached.isPresent()) {
        curriculum = Curriculum.of(cached.get().roadmap(), cached.get().catalogs());
        return curriculum;
      }
      List<ModuleCatalog> catalogs;
      try {
        catalogs = CatalogLoader.loadAll(exercisesDir());
      } catch (CatalogFormatException e) {
        throw new KitException(oneLine(e.getMessage()), e);
      } catch (IOException e) {
        throw new KitException("cannot read the exercise catalogs: " + e.getMessage(), e);
      }
      Roadmap roadmap = RoadmapLoader.loadBundled();
      curriculum = Curriculum.of(roadmap, catalogs);
      cache.write(new CurriculumCache.Content(roadmap, catalogs));
    }
    return curriculum;
  }

  /**
   * Finds the catalog of a module.
   *
   * @param module the module's name
   * @return the catalog, or empty if there is no such module
   */
  public Optional<ModuleCatalog> module(String module) {
    return curriculum().module(module);
  }

  private static String oneLine(String message) {
    return message == null
        ? "malformed exercise catalog"
        : message.strip().replaceAll("\\s*\\R\\s*", "; ");
  }
}
