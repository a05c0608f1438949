package dev.roadmapkit.cli.grade;

import dev.roadmapkit.core.catalog.ModuleCatalog;
import dev.roadmapkit.core.model.Exercise;
import dev.roadmapkit.core.model.ExerciseId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a student changed that decides a grade: the tests, the test support, the build. A student
 * edits the sources under {@code exercises/<module>/src/main}; every other file of the assignment
 * that the build reads must be as the teacher wrote it. A changed test file counts against the
 * exercises whose test packages hold it; any other change (a module's POM, a test helper outside
 * the exercises' packages, the support module, the wrapper) counts against every exercise it can
 * affect.
 */
final class ChangedFiles {

  /** The build's files at the root of a repository. */
  private static final List<String> ROOT_FILES = List.of("pom.xml", "mvnw", "mvnw.cmd");

  private ChangedFiles() {}

  /**
   * Compares a student's repository with the assignment it came from.
   *
   * @param original the assignment as the teacher made it
   * @param student the student's repository
   * @param modules the original's exercise modules
   * @return per exercise, the changed files (relative paths, each with what happened to it)
   * @throws IOException if a file cannot be read
   */
  static Map<ExerciseId, List<String>> between(
      Path original, Path student, List<ModuleCatalog> modules) throws IOException {
    Map<ExerciseId, List<String>> changed = new LinkedHashMap<>();
    for (ModuleCatalog module : modules) {
      for (Exercise exercise : module.exercises()) {
        changed.put(exercise.id(), new ArrayList<>());
      }
    }
    Set<String> moduleNames = new TreeSet<>();
    modules.forEach(module -> moduleNames.add(module.module()));
    Set<String> files = new TreeSet<>();
    files.addAll(protectedFiles(original, moduleNames));
    files.addAll(protectedFiles(student, moduleNames));
    files.removeAll(editable(modules));
    for (String file : files) {
      String change = compare(original.resolve(file), student.resolve(file));
      if (change == null) {
        continue;
      }
      for (ModuleCatalog module : modules) {
        for (Exercise exercise : affected(file, module)) {
          changed.get(exercise.id()).add(file + " (" + change + ")");
        }
      }
    }
    return changed;
  }

  /** The files the catalog tells students to edit (a write-tests exercise's tests, say). */
  private static Set<String> editable(List<ModuleCatalog> modules) {
    Set<String> files = new TreeSet<>();
    for (ModuleCatalog module : modules) {
      for (Exercise exercise : module.exercises()) {
        exercise.files().forEach(file -> files.add("exercises/" + module.module() + "/" + file));
      }
    }
    return files;
  }

  /** The exercises of {@code module} that a change of {@code file} can affect. */
  private static List<Exercise> affected(String file, ModuleCatalog module) {
    String prefix = "exercises/" + module.module() + "/";
    if (!file.startsWith(prefix)) {
      // Outside every exercise module: the build, the wrapper or the test support.
      boolean otherModule =
          file.startsWith("exercises/")
              && !file.startsWith("exercises/support/")
              && file.indexOf('/', "exercises/".length()) > 0;
      return otherModule ? List.of() : module.exercises();
    }
    String inModule = file.substring(prefix.length());
    for (String sources : List.of("src/test/java/", "src/test/resources/")) {
      if (inModule.startsWith(sources)) {
        String path = inModule.substring(sources.length());
        List<Exercise> owners = new ArrayList<>();
        for (Exercise exercise : module.exercises()) {
          if (exercise.tests().stream().anyMatch(test -> path.startsWith(packagePath(test)))) {
            owners.add(exercise);
          }
        }
        return owners.isEmpty() ? module.exercises() : owners;
      }
    }
    return module.exercises();
  }

  private static String packagePath(String testClass) {
    int lastDot = testClass.lastIndexOf('.');
    return lastDot < 0 ? "" : testClass.substring(0, lastDot).replace('.', '/') + "/";
  }

  /**
   * The files under {@code root} that the build reads and a student must leave alone, relative and
   * with forward slashes.
   */
  private static Set<String> protectedFiles(Path root, Set<String> exerciseModules)
      throws IOException {
    Set<String> files = new TreeSet<>();
    for (String file : ROOT_FILES) {
      if (Files.isRegularFile(root.resolve(file))) {
        files.add(file);
      }
    }
    for (String tree : List.of(".mvn", "exercises")) {
      Path top = root.resolve(tree);
      if (!Files.isDirectory(top)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(top)) {
        for (Path path : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          String relative = root.relativize(path).toString().replace('\\', '/');
          if (isProtected(relative, exerciseModules)) {
            files.add(relative);
          }
        }
      }
    }
    return files;
  }

  private static boolean isProtected(String relative, Set<String> exerciseModules) {
    List<String> parts = Arrays.asList(relative.split("/"));
    if (parts.contains("target") || relative.endsWith(".md")) {
      return false;
    }
    if (parts.stream().skip(1).anyMatch(part -> part.startsWith("."))) {
      return false; // editor and operating system files (.idea, .DS_Store)
    }
    if (!relative.startsWith("exercises/") || parts.size() < 3) {
      return true; // the wrapper's files, exercises/pom.xml
    }
    String module = parts.get(1);
    if (module.equals("support")) {
      return true;
    }
    if (!exerciseModules.contains(module)) {
      return false; // not part of the build: the root POM, which is compared, lists the modules
    }
    String inModule = relative.substring(("exercises/" + module + "/").length());
    // The sources a student writes, and the catalog, which grading takes from the original.
    return !inModule.startsWith("src/main/") && !inModule.equals("exercises.yaml");
  }

  /** What happened to a file, or null when both copies are the same. */
  private static String compare(Path original, Path student) throws IOException {
    boolean inOriginal = Files.isRegularFile(original);
    boolean inStudent = Files.isRegularFile(student);
    if (!inStudent) {
      return "deleted";
    }
    if (!inOriginal) {
      return "added";
    }
    return Arrays.equals(normalized(original), normalized(student)) ? null : "changed";
  }

  /** The file's bytes without carriage returns: a Windows checkout does not count as a change. */
  private static byte[] normalized(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int length = 0;
    for (byte b : bytes) {
      if (b != '\r') {
        bytes[length++] = b;
      }
    }
    return Arrays.copyOf(bytes, length);
  }
}
