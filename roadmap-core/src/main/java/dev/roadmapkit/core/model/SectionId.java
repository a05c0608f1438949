package dev.roadmapkit.core.model;

/**
 * The identifier of a {@link Section}: a slug such as {@code web-security}. It never changes once
 * published.
 *
 * @param value the slug
 */
public record SectionId(String value) implements Comparable<SectionId> {

  /**
   * Checks that {@code value} is a slug.
   *
   * @param value the slug
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is not a slug
   */
  public SectionId {
    Slug.require(value, "section id");
  }

  /**
   * Creates an id from its slug.
   *
   * @param value the slug
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a slug
   */
  public static SectionId of(String value) {
    return new SectionId(value);
  }

  @Override
  public int compareTo(SectionId other) {
    return value.compareTo(other.value);
  }

  /** Returns the slug itself, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
