package dev.roadmapkit.cli.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Builds a module with the Maven Wrapper, quietly: {@code ./mvnw -q -B test-compile -pl
 * exercises/<module> -am} (with {@code -Pkit} for a solution module), its output kept in {@code
 * .roadmap/build.log}. The learner sees one line before the build, and on failure one line saying
 * where the log is.
 *
 * <p>The environment variable {@value #COMMAND_VARIABLE} replaces {@code ./mvnw} with another
 * command (words separated by spaces), for example a system Maven.
 */
public final class MavenModuleBuilder implements ModuleBuilder {

  /** Environment variable that replaces the wrapper command. */
  public static final String COMMAND_VARIABLE = "ROADMAP_MVNW";

  private final Path root;
  private final PrintStream status;
  private final List<String> command;

  /**
   * Creates the builder.
   *
   * @param root the kit's root, where the wrapper is
   * @param status where the one line before a build goes
   * @param override the value of {@value #COMMAND_VARIABLE}, or {@code null} to use the wrapper
   */
  public MavenModuleBuilder(Path root, PrintStream status, String override) {
    this.root = Objects.requireNonNull(root, "root must not be null");
    this.status = Objects.requireNonNull(status, "status stream must not be null");
    this.command =
        override == null || override.isBlank()
            ? wrapper(root)
            : Arrays.asList(override.strip().split("\\s+"));
  }

  @Override
  public void build(String project, String reason) {
    String manual = ModuleBuilder.command(project);
    if (command.isEmpty()) {
      throw new BuildException(
          project
              + " is not ready to check ("
              + reason
              + ") and there is no Maven Wrapper here to build it: run "
              + manual);
    }
    status.println("building " + project + " (" + reason + ")...");
    status.flush();
    List<String> call = new ArrayList<>(command);
    call.addAll(List.of("-q", "-B", "test-compile", "-pl", project, "-am"));
    if (project.startsWith("solutions/")) {
      call.add("-Pkit"); // the solutions are modules of the kit build only
    }
    Path log = root.resolve(".roadmap/build.log");
    int exit;
    try {
      Files.createDirectories(log.getParent());
      Process process =
          new ProcessBuilder(call)
              .directory(root.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
              .start();
      exit = process.waitFor();
    } catch (IOException e) {
      throw new BuildException(
          "cannot start the build of " + project + " (" + e.getMessage() + "): run " + manual, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BuildException("the build of " + project + " was interrupted", e);
    }
    if (exit != 0) {
      throw new BuildException(
          "building "
              + project
              + " failed (exit "
              + exit
              + "): its output is in .roadmap/build.log; run "
              + manual
              + " to see why");
    }
  }

  private static List<String> wrapper(Path root) {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("win");
    Path script = root.resolve(windows ? "mvnw.cmd" : "mvnw");
    if (!Files.isRegularFile(script)) {
      return List.of();
    }
    return windows ? List.of("cmd.exe", "/c", script.toString()) : List.of(script.toString());
  }

  private static java.io.File nullDevice() {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("win");
    return new java.io.File(windows ? "NUL" : "/dev/null");
  }
}
