package dev.roadmapkit.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a {@link Section} of the roadmap comes from: the fifteen sections of the blog the kit was
 * built from, or the ones that roadmap.sh's backend roadmap adds to them.
 */
public enum SectionSource {
  /** One of the fifteen sections of the blog roadmap the kit started from. */
  BLOG("blog", "the blog roadmap"),
  /** A section of roadmap.sh's backend roadmap that the blog does not have. */
  ROADMAP_SH("roadmap.sh", "roadmap.sh");

  private final String key;
  private final String label;

  SectionSource(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /**
   * Returns the name used in data files and exports: {@code blog} or {@code roadmap.sh}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the words shown to people after "from", such as {@code the blog roadmap}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Finds the source whose {@link #key()} is {@code key}, ignoring case.
   *
   * @param key a key such as {@code roadmap.sh}
   * @return the source, or empty if there is none with that key
   */
  public static Optional<SectionSource> fromKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    String wanted = key.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(source -> source.key.equals(wanted)).findFirst();
  }
}
