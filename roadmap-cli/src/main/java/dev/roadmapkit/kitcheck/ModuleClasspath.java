package dev.roadmapkit.kitcheck;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The dependencies of a module's tests, as the build wrote them down in {@code
 * target/test-classpath.txt}, and class loaders over them that are isolated from the check itself.
 */
public record ModuleClasspath(List<Path> entries) {

  public ModuleClasspath {
    entries = List.copyOf(entries);
  }

  /**
   * Reads {@code file}, one path-separator-delimited line.
   *
   * @throws KitCheckException if the file is missing: the module was not built by the kit build
   */
  public static ModuleClasspath read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new KitCheckException(
          "Missing " + file + ": build the module first (the kit build writes it)");
    }
    try {
      String content = Files.readString(file, StandardCharsets.UTF_8).strip();
      List<Path> entries = new ArrayList<>();
      for (String entry : content.split(java.io.File.pathSeparator)) {
        if (!entry.isBlank()) {
          entries.add(Path.of(entry.strip()));
        }
      }
      return new ModuleClasspath(entries);
    } catch (IOException e) {
      throw new KitCheckException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether an entry's file name starts with {@code artifactPrefix}, e.g. {@code exercise-support}.
   */
  public boolean contains(String artifactPrefix) {
    return entries.stream().anyMatch(e -> e.getFileName().toString().startsWith(artifactPrefix));
  }

  /**
   * Whether an artifact is on the path either as its jar (a file name starting with {@code
   * artifactPrefix}) or as the class directory a reactor build puts there instead when the artifact
   * was compiled but not packaged ({@code mvn test -am}): a directory that holds {@code resource}.
   */
  public boolean contains(String artifactPrefix, String resource) {
    return contains(artifactPrefix)
        || entries.stream()
            .anyMatch(e -> Files.isDirectory(e) && Files.exists(e.resolve(resource)));
  }

  /**
   * A class loader over {@code first} (class directories, searched first) and these entries, whose
   * parent is the platform class loader so that nothing of the check leaks in.
   */
  public URLClassLoader loaderWith(Path... first) {
    List<URL> urls = new ArrayList<>();
    try {
      for (Path dir : first) {
        urls.add(dir.toUri().toURL());
      }
      for (Path entry : entries) {
        urls.add(entry.toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new KitCheckException("Bad class path entry: " + e.getMessage(), e);
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  /** The binary names of the classes compiled into {@code classesDir}, sorted. */
  public static List<String> classNames(Path classesDir) {
    if (!Files.isDirectory(classesDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(classesDir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".class"))
          .map(f -> classesDir.relativize(f).toString())
          .filter(
              name -> !name.endsWith("package-info.class") && !name.endsWith("module-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()))
          .map(name -> name.replace(java.io.File.separatorChar, '.'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new KitCheckException("Cannot list " + classesDir + ": " + e.getMessage(), e);
    }
  }
}
