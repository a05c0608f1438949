package dev.roadmapkit.core.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * The identifier of an {@link Exercise}: {@code <module>/<exercise>}, for example {@code
 * caching/lru-cache}. Both parts are slugs; the module is the exercise module's directory name.
 *
 * @param module the exercise module, such as {@code caching}
 * @param name the exercise within the module, such as {@code lru-cache}
 */
public record ExerciseId(String module, String name) implements Comparable<ExerciseId> {

  private static final Comparator<ExerciseId> ORDER =
      Comparator.comparing(ExerciseId::module).thenComparing(ExerciseId::name);

  /**
   * Checks that both parts are slugs.
   *
   * @param module the exercise module, such as {@code caching}
   * @param name the exercise within the module, such as {@code lru-cache}
   * @throws NullPointerException if a part is {@code null}
   * @throws IllegalArgumentException if a part is not a slug
   */
  public ExerciseId {
    Slug.require(module, "exercise module");
    Slug.require(name, "exercise name");
  }

  /**
   * Parses {@code <module>/<exercise>}.
   *
   * @param value the full id, such as {@code caching/lru-cache}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not two slugs joined by one slash
   */
  public static ExerciseId of(String value) {
    Objects.requireNonNull(value, "exercise id must not be null");
    int slash = value.indexOf('/');
    if (slash < 0 || slash != value.lastIndexOf('/')) {
      throw new IllegalArgumentException(
          "exercise id must be '<module>/<exercise>' like 'caching/lru-cache', got '"
              + value
              + "'");
    }
    try {
      return new ExerciseId(value.substring(0, slash), value.substring(slash + 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "exercise id '" + value + "' is invalid: " + e.getMessage(), e);
    }
  }

  @Override
  public int compareTo(ExerciseId other) {
    return ORDER.compare(this, other);
  }

  /** Returns {@code <module>/<exercise>}. */
  @Override
  public String toString() {
    return module + "/" + name;
  }
}
