package dev.roadmapkit.cli.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a compilation was made from: every file under the source root (name, size, time of last
 * change), the files asked for, and the class path. Kept beside the classes, it lets a check of
 * unchanged code skip the compiler; any change to any source, even one not asked for, compiles
 * again.
 */
final class CompileStamp {

  private static final String FILE = ".roadmap-compile-stamp";

  private final String value;

  private CompileStamp(String value) {
    this.value = value;
  }

  static CompileStamp of(Path sourceRoot, List<Path> sources, String classpathStamp) {
    StringBuilder value = new StringBuilder(classpathStamp).append('\n');
    sources.forEach(source -> value.append("> ").append(source).append('\n'));
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        value
            .append(file)
            .append(' ')
            .append(Files.size(file))
            .append(' ')
            .append(Files.getLastModifiedTime(file).toMillis())
            .append('\n');
      }
    } catch (IOException | RuntimeException e) {
      value.append("unreadable ").append(System.nanoTime()); // never matches: compile
    }
    return new CompileStamp(value.toString());
  }

  /** Whether the classes in {@code classesDir} were compiled from exactly this. */
  boolean matches(Path classesDir) {
    try {
      return Files.readString(classesDir.resolve(FILE), StandardCharsets.UTF_8).equals(value);
    } catch (IOException e) {
      return false;
    }
  }

  /** Records that the classes in {@code classesDir} were compiled from this. */
  void writeTo(Path classesDir) {
    try {
      Files.writeString(classesDir.resolve(FILE), value, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // the next check compiles again; nothing else is lost
    }
  }
}
