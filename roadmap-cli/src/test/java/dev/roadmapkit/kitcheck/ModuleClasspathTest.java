package dev.roadmapkit.kitcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A module's test classpath carries the exercise support")
class ModuleClasspathTest {

  @TempDir Path dir;

  @Test
  @DisplayName("as its packaged jar")
  void asTheJar() {
    ModuleClasspath path =
        new ModuleClasspath(List.of(dir.resolve("exercise-support-0.1.0-SNAPSHOT.jar")));

    assertThat(path.contains(KitCheck.SUPPORT_ARTIFACT, KitCheck.SUPPORT_PACKAGE)).isTrue();
  }

  @Test
  @DisplayName("as the class directory of a reactor build that did not package it (mvn test -am)")
  void asAReactorClassDirectory() throws IOException {
    Path classes = dir.resolve("exercises/support/target/classes");
    Files.createDirectories(classes.resolve(KitCheck.SUPPORT_PACKAGE));

    ModuleClasspath path = new ModuleClasspath(List.of(dir.resolve("junit.jar"), classes));

    assertThat(path.contains(KitCheck.SUPPORT_ARTIFACT)).isFalse();
    assertThat(path.contains(KitCheck.SUPPORT_ARTIFACT, KitCheck.SUPPORT_PACKAGE)).isTrue();
  }

  @Test
  @DisplayName("not when only other jars and class directories are there")
  void notWithoutIt() throws IOException {
    Path otherClasses = dir.resolve("exercises/caching/target/classes");
    Files.createDirectories(otherClasses.resolve("dev/roadmapkit/caching"));

    ModuleClasspath path =
        new ModuleClasspath(List.of(dir.resolve("junit-jupiter-5.14.4.jar"), otherClasses));

    assertThat(path.contains(KitCheck.SUPPORT_ARTIFACT, KitCheck.SUPPORT_PACKAGE)).isFalse();
  }
}
