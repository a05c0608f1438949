package dev.roadmapkit.core.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats the roadmap can be rendered in. */
public enum RenderFormat {
  /** A plain text tree for the terminal. */
  TEXT("text"),
  /** Markdown with a Mermaid diagram, for READMEs and wikis. */
  MARKDOWN("markdown"),
  /** A Mermaid {@code graph TD} of the sections and their prerequisites. */
  MERMAID("mermaid"),
  /** JSON, for tools. */
  JSON("json");

  private final String key;

  RenderFormat(String key) {
    this.key = key;
  }

  /**
   * Returns the format's name as users type it, such as {@code markdown}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Finds a format by name, ignoring case.
   *
   * @param name a name such as {@code json}
   * @return the format, or empty if there is none by that name
   */
  public static Optional<RenderFormat> fromKey(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(format -> format.key.equals(wanted)).findFirst();
  }
}
