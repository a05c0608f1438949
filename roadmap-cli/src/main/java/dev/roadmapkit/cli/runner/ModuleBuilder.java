package dev.roadmapkit.cli.runner;

/** Builds what the runner needs of a module: its compiled tests and its test class path file. */
@FunctionalInterface
public interface ModuleBuilder {

  /**
   * Builds a module's tests and writes its test class path.
   *
   * @param project the module as Maven's {@code -pl} names it: {@code exercises/caching}, or {@code
   *     solutions/caching} for a reference solution
   * @param reason why, for the one line the learner sees, such as {@code "its tests are not
   *     compiled yet"}
   * @throws BuildException if the build is impossible or fails; the message says how to build by
   *     hand
   */
  void build(String project, String reason);

  /**
   * Returns the command that builds a module by hand.
   *
   * @param project {@code exercises/<module>} or {@code solutions/<module>}
   * @return such as {@code ./mvnw -q test-compile -pl exercises/caching -am}
   */
  static String command(String project) {
    return "./mvnw -q test-compile -pl "
        + project
        + " -am"
        + (project.startsWith("solutions/") ? " -Pkit" : "");
  }

  /**
   * Returns a builder that never builds and says how to.
   *
   * @return the builder
   */
  static ModuleBuilder manual() {
    return (project, reason) -> {
      throw new BuildException(
          project + " is not ready to check (" + reason + "): build it with " + command(project));
    };
  }
}
