package dev.roadmapkit.cli.solution;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, from their longest common subsequence of lines. Meant
 * for source files of a few hundred lines: time and memory grow with the product of the lengths.
 */
public final class LineDiff {

  /** Lines of unchanged text shown around each change. */
  public static final int CONTEXT = 3;

  private enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  private record Edit(Kind kind, String line, int fromIndex, int toIndex) {}

  private LineDiff() {}

  /**
   * Returns the unified diff of two texts: the {@code ---}/{@code +++} header and one {@code @@}
   * hunk per group of changes, with {@value #CONTEXT} lines of context.
   *
   * @param fromName the name of the first text, for the header
   * @param from the first text's lines
   * @param toName the name of the second text
   * @param to the second text's lines
   * @return the diff's lines; empty when the texts are equal
   */
  public static List<String> unified(
      String fromName, List<String> from, String toName, List<String> to) {
    List<Edit> edits = edits(from, to);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).kind() == Kind.SAME) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      // Extend the hunk while the next change is close enough to share context.
      int last = i;
      for (int j = i; j < edits.size(); j++) {
        if (edits.get(j).kind() != Kind.SAME) {
          if (j - last > 2 * CONTEXT) {
            break;
          }
          last = j;
        }
      }
      int end = Math.min(edits.size(), last + CONTEXT + 1);
      if (out.isEmpty()) {
        out.add("--- " + fromName);
        out.add("+++ " + toName);
      }
      out.add(header(edits.subList(start, end)));
      for (Edit edit : edits.subList(start, end)) {
        char prefix =
            switch (edit.kind()) {
              case SAME -> ' ';
              case REMOVED -> '-';
              case ADDED -> '+';
            };
        out.add(prefix + edit.line());
      }
      i = end;
    }
    return out;
  }

  private static String header(List<Edit> hunk) {
    int fromCount = 0;
    int toCount = 0;
    for (Edit edit : hunk) {
      if (edit.kind() != Kind.ADDED) {
        fromCount++;
      }
      if (edit.kind() != Kind.REMOVED) {
        toCount++;
      }
    }
    Edit first = hunk.get(0);
    int fromStart = fromCount == 0 ? first.fromIndex() : first.fromIndex() + 1;
    int toStart = toCount == 0 ? first.toIndex() : first.toIndex() + 1;
    return "@@ -" + range(fromStart, fromCount) + " +" + range(toStart, toCount) + " @@";
  }

  private static String range(int start, int count) {
    return count == 1 ? String.valueOf(start) : start + "," + count;
  }

  private static List<Edit> edits(List<String> from, List<String> to) {
    int n = from.size();
    int m = to.size();
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] =
            from.get(i).equals(to.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Edit> edits = new ArrayList<>(n + m);
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && from.get(i).equals(to.get(j))) {
        edits.add(new Edit(Kind.SAME, from.get(i), i, j));
        i++;
        j++;
      } else if (j >= m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
        edits.add(new Edit(Kind.REMOVED, from.get(i), i, j));
        i++;
      } else {
        edits.add(new Edit(Kind.ADDED, to.get(j), i, j));
        j++;
      }
    }
    return edits;
  }
}
