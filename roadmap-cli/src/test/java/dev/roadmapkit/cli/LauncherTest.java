package dev.roadmapkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./roadmap} launcher's first build, with a stand-in for the Maven Wrapper ({@code
 * ROADMAP_MVNW}) that prints what Maven prints and leaves the jar and class path a real build
 * leaves, so the launcher then starts this very CLI.
 */
@DisplayName("./roadmap's first build")
class LauncherTest {

  @TempDir Path root;
  private Path fakeMaven;

  @BeforeEach
  void copyTheLauncher() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
    Path launcher = Path.of("..", "roadmap").toAbsolutePath().normalize();
    Files.copy(launcher, root.resolve("roadmap"));
    executable(root.resolve("roadmap"));
    fakeMaven = root.resolve("fake-mvnw");
  }

  @Test
  @DisplayName("shows a line per module and the first download, and keeps Maven's output in a log")
  void progress() throws Exception {
    fakeMaven(0);

    Run run = launch("--version");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("roadmap ");
    assertThat(run.err().lines().toList())
        .containsSubsequence(
            "building the roadmap CLI and the test support (first run only, a minute or two)...",
            "  downloading Maven, its plugins and the libraries (once per machine)...",
            "  [1/3] Backend Roadmap Kit",
            "  [2/3] Roadmap core",
            "  [3/3] Exercises: test support")
        .anyMatch(line -> line.matches("  built in \\d+ s; the build's output is in .*build.log"))
        .noneMatch(line -> line.contains("Downloading from central"));
    assertThat(root.resolve(".roadmap/build.log"))
        .content()
        .contains("[INFO] Downloading from central: https://repo.maven.apache.org/x.pom");

    Run again = launch("--version");
    assertThat(again.err()).as("a second run builds nothing").doesNotContain("building");
  }

  @Test
  @DisplayName("a failed build says where its output is and exits with 3")
  void failedBuild() throws Exception {
    fakeMaven(1);

    Run run = launch("--version");

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err())
        .contains("  [1/3] Backend Roadmap Kit")
        .contains("roadmap: building the CLI failed; see .roadmap/build.log");
    assertThat(root.resolve(".roadmap/build.log")).content().contains("[ERROR] COMPILATION ERROR");
  }

  /** A stand-in for mvnw: Maven's lines, then the jar and class path, or a failure. */
  private void fakeMaven(int exit) throws IOException {
    String classpath = System.getProperty("java.class.path");
    Path target = root.resolve("roadmap-cli/target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("classpath.txt"), classpath + "\n", StandardCharsets.UTF_8);
    String script =
        String.join(
            "\n",
            "#!/bin/sh",
            "echo '[INFO] Scanning for projects...'",
            "echo '[INFO] Downloading from central: https://repo.maven.apache.org/x.pom'",
            "echo '[INFO] Downloading from central: https://repo.maven.apache.org/y.pom'",
            "echo '[INFO] Building Backend Roadmap Kit 0.1.0-SNAPSHOT                    [1/3]'",
            exit == 0
                ? String.join(
                    "\n",
                    "echo '[INFO] Building Roadmap core 0.1.0-SNAPSHOT                           [2/3]'",
                    "echo '[INFO] Building Exercises: test support 0.1.0-SNAPSHOT             [3/3]'",
                    "echo 'PK' > '" + target.resolve("roadmap-cli-0.1.0-SNAPSHOT.jar") + "'",
                    "echo '[INFO] BUILD SUCCESS'")
                : "echo '[ERROR] COMPILATION ERROR' >&2",
            "exit " + exit,
            "");
    Files.writeString(fakeMaven, script, StandardCharsets.UTF_8);
    executable(fakeMaven);
  }

  private record Run(int exit, String out, String err) {}

  private Run launch(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(root.resolve("roadmap").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
    builder.environment().put("ROADMAP_MVNW", fakeMaven.toString());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Path out = root.resolve("out.txt");
    Path err = root.resolve("err.txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
