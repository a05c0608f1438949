package dev.roadmapkit.cli.kit;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the known id closest to a mistyped one: by edit distance (insertions, deletions,
 * substitutions and swaps of neighbours each count one), allowing about one mistake per three
 * characters; failing that, the only id that contains what was typed.
 */
public final class DidYouMean {

  private DidYouMean() {}

  /**
   * Returns the candidate closest to {@code input}, if one is close enough.
   *
   * @param input what the learner typed
   * @param candidates the known ids
   * @return the closest id, or empty if none is close; ties go to the first candidate
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    Objects.requireNonNull(input, "input must not be null");
    String typed = input.strip().toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(typed, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, typed.length() / 3);
    if (best != null && bestDistance <= allowed) {
      return Optional.of(best);
    }
    if (typed.length() >= 3) {
      var containing = candidates.stream().filter(c -> c.contains(typed)).toList();
      if (containing.size() == 1) {
        return Optional.of(containing.get(0));
      }
    }
    return Optional.empty();
  }

  /** Optimal string alignment distance: Levenshtein plus swaps of adjacent characters. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
