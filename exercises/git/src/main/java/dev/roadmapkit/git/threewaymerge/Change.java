package dev.roadmapkit.git.threewaymerge;

import java.util.List;
import java.util.Objects;

/**
 * One change a side made to the base: the base lines {@code [baseStart, baseEnd)} (counted from 0)
 * were replaced by {@code lines}. An insertion has {@code baseStart == baseEnd}, a deletion no
 * {@code lines}.
 *
 * @param baseStart the first base line replaced, or where the lines are inserted
 * @param baseEnd one past the last base line replaced
 * @param lines what the side has instead
 */
public record Change(int baseStart, int baseEnd, List<String> lines) {

  public Change {
    if (baseStart < 0 || baseEnd < baseStart) {
      throw new IllegalArgumentException(
          "a change needs 0 <= baseStart <= baseEnd, not [" + baseStart + ", " + baseEnd + ")");
    }
    lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
  }

  /** The number of base lines replaced (0 for an insertion). */
  public int baseCount() {
    return baseEnd - baseStart;
  }
}
