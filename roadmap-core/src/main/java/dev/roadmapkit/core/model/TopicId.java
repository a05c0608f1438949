package dev.roadmapkit.core.model;

/**
 * The identifier of a {@link Topic}: a slug such as {@code n-plus-one}. It never changes once
 * published.
 *
 * @param value the slug
 */
public record TopicId(String value) implements Comparable<TopicId> {

  /**
   * Checks that {@code value} is a slug.
   *
   * @param value the slug
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is not a slug
   */
  public TopicId {
    Slug.require(value, "topic id");
  }

  /**
   * Creates an id from its slug.
   *
   * @param value the slug
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a slug
   */
  public static TopicId of(String value) {
    return new TopicId(value);
  }

  @Override
  public int compareTo(TopicId other) {
    return value.compareTo(other.value);
  }

  /** Returns the slug itself, so ids read naturally in messages. */
  @Override
  public String toString() {
    return value;
  }
}
