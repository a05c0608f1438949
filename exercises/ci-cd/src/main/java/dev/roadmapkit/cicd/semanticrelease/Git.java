package dev.roadmapkit.cicd.semanticrelease;

/**
 * Runs one git command in the repository being released (given, not part of the exercise).
 *
 * <p>The tests pass a sealed temporary repository ({@code repo::git}); a real release tool would
 * start {@code git} in its working directory.
 */
@FunctionalInterface
public interface Git {

  /**
   * Runs {@code git <args>} and returns what it printed on standard output.
   *
   * @param args the arguments after {@code git}, e.g. {@code "tag", "--merged", "HEAD"}
   * @return the standard output, as git printed it
   * @throws RuntimeException when git exits with a non-zero status
   */
  String run(String... args);
}
