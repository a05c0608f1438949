package dev.roadmapkit.core.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rule every identifier follows: lowercase ASCII letters and digits in groups separated by
 * single hyphens, such as {@code web-security} or {@code n-plus-one}.
 */
public final class Slug {

  /** The slug syntax: {@code [a-z0-9]+(-[a-z0-9]+)*}. */
  public static final Pattern PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Slug() {}

  /**
   * Tells whether a string is a slug.
   *
   * @param candidate any string
   * @return {@code true} if {@code candidate} matches {@link #PATTERN}
   */
  public static boolean isValid(String candidate) {
    return candidate != null && PATTERN.matcher(candidate).matches();
  }

  /**
   * Returns {@code value} if it is a slug and throws otherwise.
   *
   * @param value the candidate slug
   * @param what what the value is, for the message (for example {@code "topic id"})
   * @return {@code value}
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is not a slug; the message quotes it
   */
  static String require(String value, String what) {
    Objects.requireNonNull(value, () -> what + " must not be null");
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          what
              + " must be a slug (lowercase letters and digits in groups joined by single hyphens,"
              + " like 'web-security'), got '"
              + value
              + "'");
    }
    return value;
  }
}
