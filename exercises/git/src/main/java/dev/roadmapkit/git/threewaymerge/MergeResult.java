package dev.roadmapkit.git.threewaymerge;

import java.util.List;
import java.util.Objects;

/**
 * The merged file and its number of conflicts (git merge-file's exit code).
 *
 * @param lines the merged lines, conflict markers included, without their newlines
 * @param conflicts the number of conflict regions, 0 for a clean merge
 */
public record MergeResult(List<String> lines, int conflicts) {

  public MergeResult {
    lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    if (conflicts < 0) {
      throw new IllegalArgumentException("conflicts must be 0 or more, not " + conflicts);
    }
  }

  /** The merged file as text: every line followed by a newline. */
  public String text() {
    return TextFile.text(lines);
  }
}
