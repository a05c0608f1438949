package dev.roadmapkit.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of material a {@link Resource} is, shown beside each link. */
public enum ResourceKind {
  /** Documentation or a specification published by the project or standards body itself. */
  OFFICIAL("official"),
  /** An article, blog post or tutorial page. */
  ARTICLE("article"),
  /** A recorded talk or video. */
  VIDEO("video"),
  /** A structured course with lessons or exercises. */
  COURSE("course"),
  /** A book, printed or online. */
  BOOK("book"),
  /** An IETF Request for Comments. */
  RFC("rfc");

  private final String key;

  ResourceKind(String key) {
    this.key = key;
  }

  /**
   * Returns the lowercase name used in data files, such as {@code official} or {@code rfc}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns a short label for display, such as {@code official} or {@code RFC}.
   *
   * @return the label
   */
  public String label() {
    return this == RFC ? "RFC" : key;
  }

  /**
   * Finds the kind whose {@link #key()} is {@code key}, ignoring case.
   *
   * @param key a key such as {@code article}
   * @return the kind, or empty if there is none with that key
   */
  public static Optional<ResourceKind> fromKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    String wanted = key.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(kind -> kind.key.equals(wanted)).findFirst();
  }
}
