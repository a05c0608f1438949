package dev.roadmapkit.advanced.containerization;

import dev.roadmapkit.support.docker.Dockerfile;
import dev.roadmapkit.support.docker.DockerfileParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The files the learner writes, read from the classpath, and the fixtures of the tests. */
final class LearnerFiles {

  static final String DOCKERFILE = "src/main/resources/docker/Dockerfile";
  static final String IGNORE_FILE = "src/main/resources/docker/Dockerfile.dockerignore";

  /** The app's class files, the artifact the build stage produces. */
  static final List<Class<?>> APP = List.of(HealthApp.class, HealthCheck.class);

  private LearnerFiles() {}

  /** The learner's Dockerfile, parsed; the TODO while it has no instruction yet. */
  static Dockerfile dockerfile() {
    Dockerfile dockerfile = DockerfileParser.parse(text("/docker/Dockerfile", DOCKERFILE));
    if (dockerfile.instructions().isEmpty()) {
      throw new UnsupportedOperationException(
          "TODO advanced/containerization: write "
              + DOCKERFILE
              + " and its Dockerfile.dockerignore, then DockerfileToJib");
    }
    return dockerfile;
  }

  /** The patterns of the learner's ignore file (comments and blank lines dropped). */
  static List<String> ignorePatterns() {
    dockerfile();
    return patterns(text("/docker/Dockerfile.dockerignore", IGNORE_FILE));
  }

  static List<String> patterns(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  /** A fixture Dockerfile of the rules' tests, parsed. */
  static Dockerfile fixture(String name) {
    return DockerfileParser.parse(fixtureText(name));
  }

  static String fixtureText(String name) {
    return text(
        "fixtures/" + name,
        "src/test/resources/dev/roadmapkit/advanced/containerization/fixtures/" + name);
  }

  private static String text(String resource, String where) {
    try (InputStream in = LearnerFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError(where + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the app's class files under {@code dir}, as javac -d dir would; returns dir. */
  static Path compiledApp(Path dir) throws IOException {
    for (Class<?> type : APP) {
      Path file = dir.resolve(type.getName().replace('.', '/') + ".class");
      Files.createDirectories(file.getParent());
      try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
        Files.write(file, in.readAllBytes());
      }
    }
    return dir;
  }
}
