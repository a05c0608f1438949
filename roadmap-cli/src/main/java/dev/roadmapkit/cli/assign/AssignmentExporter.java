package dev.roadmapkit.cli.assign;

import dev.roadmapkit.cli.grade.ClassroomResult;
import dev.roadmapkit.core.catalog.CatalogLoader;
import dev.roadmapkit.core.catalog.CatalogWriter;
import dev.roadmapkit.core.catalog.ModuleCatalog;
import dev.roadmapkit.core.model.Exercise;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a class's repository: the assigned exercise modules (starting code, tests, README,
 * catalog), the exercise parent and the test support they build with, the root POM and the Maven
 * Wrapper, a README for the students and the GitHub Classroom workflow. Nothing of the kit's own
 * machinery goes along: no solutions, no CLI, no kit check, no kit build profile.
 *
 * <p>The repository is written into a fresh directory next to the destination and moved into place
 * when complete, so that a failure leaves nothing half-written behind.
 */
public final class AssignmentExporter {

  /** Directories that are build output or local state, never part of the repository. */
  private static final Set<String> SKIPPED_DIRECTORIES =
      Set.of("target", ".jqwik-database", ".roadmap", ".idea", ".settings", ".vscode");

  private static final String GITIGNORE =
      """
      target/
      .jqwik-database
      *.iml
      .idea/
      .vscode/
      .classpath
      .project
      .settings/
      """;

  private final Path kitRoot;

  /**
   * Creates an exporter of the kit at {@code kitRoot}.
   *
   * @param kitRoot the kit's root directory
   */
  public AssignmentExporter(Path kitRoot) {
    this.kitRoot = Objects.requireNonNull(kitRoot, "kit root must not be null");
  }

  /**
   * What was written.
   *
   * @param directory the repository
   * @param files how many files it holds
   * @param services the services its tests need
   */
  public record Export(Path directory, int files, Set<Service> services) {}

  /**
   * Writes the repository.
   *
   * @param assignment what is assigned
   * @param destination a directory that does not exist yet, or is empty
   * @return what was written
   * @throws IOException if reading the kit or writing the repository fails
   * @throws IllegalArgumentException if a kept exercise uses the code of one that was left out
   */
  public Export export(Assignment assignment, Path destination) throws IOException {
    Path target = destination.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new IOException("cannot write a repository at the file system's root");
    }
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
    try {
      Set<Service> services = write(assignment, staging);
      int files = count(staging);
      if (Files.isDirectory(target)) {
        Files.delete(target); // empty: the command checked
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      return new Export(target, files, services);
    } finally {
      if (Files.exists(staging)) {
        deleteTree(staging);
      }
    }
  }

  private Set<Service> write(Assignment assignment, Path out) throws IOException {
    Set<String> modules =
        assignment.modules().stream()
            .map(ModuleCatalog::module)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Set<Service> services = EnumSet.noneOf(Service.class);

    copyFile("mvnw", out);
    copyFile("mvnw.cmd", out);
    copyTree(kitRoot.resolve(".mvn"), out.resolve(".mvn"), path -> true);
    Files.writeString(out.resolve(".gitignore"), GITIGNORE, StandardCharsets.UTF_8);

    Files.writeString(
        out.resolve("pom.xml"),
        PomTrimmer.trim(
            read(kitRoot.resolve("pom.xml")),
            Set.of("exercises"),
            "\n    Parent and aggregator of this repository, exported from the Backend Roadmap Kit:\n"
                + "    the exercises' starting code and tests, with the test stack they need.\n"
                + "    Every dependency and plugin version is pinned here, once.\n\n"
                + "      ./mvnw test    runs every exercise's tests\n  "),
        StandardCharsets.UTF_8);
    Set<String> exerciseModules = new LinkedHashSet<>();
    exerciseModules.add("support");
    exerciseModules.addAll(modules);
    Path exercises = out.resolve("exercises");
    Files.createDirectories(exercises);
    Files.writeString(
        exercises.resolve("pom.xml"),
        PomTrimmer.trim(
            read(kitRoot.resolve("exercises/pom.xml")),
            exerciseModules,
            "\n    Parent of the exercise modules: the test stack and the learner-facing Surefire\n"
                + "    set-up (one line per test with its display name, failure messages without a\n"
                + "    wall of stack trace, a default timeout per test).\n  "),
        StandardCharsets.UTF_8);

    Path support = kitRoot.resolve("exercises/support");
    Files.createDirectories(exercises.resolve("support"));
    Files.writeString(
        exercises.resolve("support/pom.xml"),
        PomTrimmer.trim(read(support.resolve("pom.xml")), Set.of(), null),
        StandardCharsets.UTF_8);
    copyTree(support.resolve("src/main"), exercises.resolve("support/src/main"), path -> true);

    for (ModuleCatalog assigned : assignment.modules()) {
      services.addAll(writeModule(assigned, exercises.resolve(assigned.module())));
    }

    Files.createDirectories(out.resolve(ClassroomWorkflow.PATH).getParent());
    Files.writeString(
        out.resolve(ClassroomWorkflow.PATH),
        ClassroomWorkflow.render(assignment, services),
        StandardCharsets.UTF_8);
    Path resultProgram = out.resolve(ClassroomWorkflow.RESULT_PROGRAM);
    Files.createDirectories(resultProgram.getParent());
    try (InputStream source =
        ClassroomResult.class.getResourceAsStream(
            ClassroomResult.class.getSimpleName() + ".java")) {
      if (source == null) {
        throw new IOException("the CLI was built without ClassroomResult.java; rebuild it");
      }
      Files.copy(source, resultProgram, StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(
        out.resolve("README.md"),
        StudentReadme.render(assignment, services),
        StandardCharsets.UTF_8);
    return services;
  }

  private Set<Service> writeModule(ModuleCatalog assigned, Path out) throws IOException {
    Path moduleDir = kitRoot.resolve("exercises").resolve(assigned.module());
    ModuleCatalog full = CatalogLoader.load(moduleDir);
    Set<String> keptIds =
        assigned.exercises().stream().map(e -> e.id().toString()).collect(Collectors.toSet());
    List<Exercise> dropped =
        full.exercises().stream().filter(e -> !keptIds.contains(e.id().toString())).toList();
    List<String> droppedPaths =
        dropped.stream().map(e -> "/" + e.packageName().replace('.', '/') + "/").toList();

    copyTree(
        moduleDir,
        out,
        path -> {
          String relative = "/" + moduleDir.relativize(path).toString().replace('\\', '/');
          if (relative.equals("/" + CatalogLoader.FILE_NAME) || relative.equals("/README.md")) {
            return false;
          }
          return droppedPaths.stream().noneMatch(p -> (relative + "/").contains(p));
        });
    checkNoUseOf(dropped, out);

    Files.writeString(
        out.resolve(CatalogLoader.FILE_NAME),
        CatalogWriter.write(assigned),
        StandardCharsets.UTF_8);
    Path readme = moduleDir.resolve("README.md");
    if (Files.isRegularFile(readme)) {
      Set<String> droppedIds =
          dropped.stream().map(e -> e.id().toString()).collect(Collectors.toSet());
      Files.writeString(
          out.resolve("README.md"),
          ModuleReadme.filter(read(readme), droppedIds),
          StandardCharsets.UTF_8);
    }
    return Service.usedBy(out.resolve("src/test/java"));
  }

  /** A kept exercise that uses a left-out one's package would not compile. */
  private static void checkNoUseOf(List<Exercise> dropped, Path module) throws IOException {
    if (dropped.isEmpty()) {
      return;
    }
    try (Stream<Path> files = Files.walk(module)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = read(file);
        for (Exercise exercise : dropped) {
          if (source.contains(exercise.packageName() + ".")) {
            throw new IllegalArgumentException(
                module.relativize(file).toString().replace('\\', '/')
                    + " uses the code of "
                    + exercise.id()
                    + ", which is left out; assign "
                    + exercise.id()
                    + " too");
          }
        }
      }
    }
  }

  private void copyFile(String name, Path out) throws IOException {
    copyFile(kitRoot.resolve(name), out.resolve(name));
  }

  private static void copyFile(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
  }

  private static void copyTree(Path from, Path to, Predicate<Path> keep) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
              throws IOException {
            if (!dir.equals(from)
                && (SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())
                    || !keep.test(dir))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            if (keep.test(file)) {
              Files.copy(
                  file,
                  to.resolve(from.relativize(file).toString()),
                  StandardCopyOption.COPY_ATTRIBUTES);
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static int count(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return (int) files.filter(Files::isRegularFile).count();
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the unfinished " + dir, e);
    }
  }
}
