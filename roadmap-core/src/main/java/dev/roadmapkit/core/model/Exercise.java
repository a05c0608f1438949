package dev.roadmapkit.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A hands-on exercise from a module's {@code exercises.yaml}.
 *
 * <p>The record holds what the file says. It does not insist on positive points, at least two hints
 * or known topics: {@link dev.roadmapkit.core.catalog.CatalogCheck} reports those, so that a
 * checker can list every defect at once.
 *
 * @param id {@code <module>/<exercise>}
 * @param title the name shown to learners
 * @param kind implement, fix or write tests
 * @param difficulty easy, medium or hard
 * @param points points awarded when the exercise's tests pass
 * @param minutes estimated minutes a learner needs
 * @param topics the roadmap topics the exercise practises
 * @param files files the learner edits, relative to the module directory
 * @param tests fully qualified names of the test classes that grade the exercise
 * @param hints progressive hints: the first is gentle, the last nearly gives the answer away
 */
public record Exercise(
    ExerciseId id,
    String title,
    ExerciseKind kind,
    Difficulty difficulty,
    int points,
    int minutes,
    List<TopicId> topics,
    List<String> files,
    List<String> tests,
    List<String> hints) {

  /**
   * Checks for {@code null} and copies the lists.
   *
   * @param id {@code <module>/<exercise>}
   * @param title the name shown to learners
   * @param kind implement, fix or write tests
   * @param difficulty easy, medium or hard
   * @param points points awarded when the exercise's tests pass
   * @param minutes estimated minutes a learner needs
   * @param topics the roadmap topics the exercise practises
   * @param files files the learner edits, relative to the module directory
   * @param tests fully qualified names of the test classes that grade the exercise
   * @param hints progressive hints: the first is gentle, the last nearly gives the answer away
   * @throws NullPointerException if a component or list element is {@code null}
   */
  public Exercise {
    Objects.requireNonNull(id, "exercise id must not be null");
    Objects.requireNonNull(title, () -> "title of exercise '" + id + "' must not be null");
    Objects.requireNonNull(kind, () -> "kind of exercise '" + id + "' must not be null");
    Objects.requireNonNull(
        difficulty, () -> "difficulty of exercise '" + id + "' must not be null");
    topics = List.copyOf(topics);
    files = List.copyOf(files);
    tests = List.copyOf(tests);
    hints = List.copyOf(hints);
  }

  /**
   * Returns the Java package that holds the exercise's code and tests: {@code
   * dev.roadmapkit.<module>.<exercise>} with the hyphens removed, for example {@code
   * dev.roadmapkit.caching.lrucache} for {@code caching/lru-cache}.
   *
   * @return the package name
   */
  public String packageName() {
    return "dev.roadmapkit." + id.module().replace("-", "") + "." + id.name().replace("-", "");
  }

  /**
   * Returns the learner's files that are test sources: the tests a write-tests exercise asks for,
   * which the exercise's grading tests compile and run themselves.
   *
   * @return the files of {@link #files()} under {@code src/test/}, in their order
   */
  public List<String> testFiles() {
    return files.stream().filter(Exercise::isTestSource).toList();
  }

  /**
   * Tells whether a learner file, relative to its module directory, is a test source. The one place
   * that decides it, for the CLI's runner, its watch and the kit check alike.
   *
   * @param file a path such as {@code src/test/java/dev/roadmapkit/testing/x/XTest.java}
   * @return {@code true} if it lies under {@code src/test/}
   */
  public static boolean isTestSource(String file) {
    return file.replace('\\', '/').startsWith("src/test/");
  }
}
