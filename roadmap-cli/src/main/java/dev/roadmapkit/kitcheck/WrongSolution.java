package dev.roadmapkit.kitcheck;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One entry of an exercise's gallery of wrong solutions: the reference solution with one mistake of
 * the kind a learner makes, kept as an overlay of the exercise's learner files in {@code
 * solutions/<module>/wrong/<exercise>/<name>/} beside a one-line {@code bug.txt}.
 *
 * @param exerciseId the exercise, such as {@code caching/lru-cache}
 * @param name the entry's directory name, which names the mistake ({@code get-null-returns-empty})
 * @param bug the behaviour it gets wrong, the one line of its {@code bug.txt}
 * @param dir the entry's directory
 * @param files the learner files it replaces, relative to the module as {@code files:} lists them
 */
public record WrongSolution(
    String exerciseId, String name, String bug, Path dir, List<String> files) {

  /**
   * Checks the components and copies the list.
   *
   * @param exerciseId the exercise
   * @param name the entry's name
   * @param bug the behaviour it gets wrong
   * @param dir the entry's directory
   * @param files the learner files it replaces
   */
  public WrongSolution {
    Objects.requireNonNull(exerciseId, "exercise id must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(bug, "bug must not be null");
    Objects.requireNonNull(dir, "directory must not be null");
    files = List.copyOf(files);
  }

  /**
   * Returns how the kit check names the entry: {@code caching/lru-cache wrong solution
   * get-null-returns-empty}.
   *
   * @return the label
   */
  public String label() {
    return exerciseId + " wrong solution " + name;
  }
}
