package dev.roadmapkit.git.threewaymerge;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes from the base to one side, from a longest common subsequence. Given: the lesson of
 * this exercise is the merge (git/line-diff is the one about diffs). It fills an n-by-m table, so
 * it is meant for files of a few thousand lines, not for big ones.
 */
public final class Diff {

  private Diff() {}

  /**
   * The changes that turn {@code base} into {@code side}, in base order: each a run of base lines
   * replaced by a run of side lines, with at least one unchanged line between two changes (two
   * changes never touch). Equal files give no change.
   */
  public static List<Change> changes(List<String> base, List<String> side) {
    int n = base.size();
    int m = side.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            base.get(i).equals(side.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Change> changes = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && base.get(i).equals(side.get(j))) {
        i++;
        j++;
        continue;
      }
      int startI = i;
      int startJ = j;
      while ((i < n || j < m) && !(i < n && j < m && base.get(i).equals(side.get(j)))) {
        if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
          i++;
        } else {
          j++;
        }
      }
      changes.add(new Change(startI, i, side.subList(startJ, j)));
    }
    return List.copyOf(changes);
  }
}
