package dev.roadmapkit.git.linediff;

import java.util.List;

/**
 * The shortest edit script from file A to file B, found with Eugene Myers' O(ND) algorithm ("An
 * O(ND) Difference Algorithm and Its Variations", 1986), the algorithm behind {@code git diff}.
 *
 * <p>Picture a grid: x counts the lines of A used, y the lines of B. A step right deletes line x of
 * A, a step down inserts line y of B, and where {@code a[x]} equals {@code b[y]} a free diagonal
 * step keeps it. A shortest edit script is a path from (0, 0) to (n, m) with the fewest right and
 * down steps. Myers explores the diagonals k = x - y: for d = 0, 1, 2, ... it keeps, for each
 * diagonal k in -d, -d+2, ..., d, the furthest x reachable with d changes ({@code V[k]}), one
 * change from the furthest point of diagonal k-1 or k+1 and then as many free diagonal steps as the
 * lines allow (the "snake"). The first d that reaches (n, m) is the length of the shortest script;
 * keeping the V of each d lets you walk back from (n, m) to recover the path.
 *
 * <p>It takes O((n + m) D) time where D is the size of the diff, so two long files with a few
 * changes are fast: no n-by-m table.
 */
public final class MyersDiff {

  private MyersDiff() {}

  /**
   * A shortest edit script from {@code a} to {@code b}: every line of A appears once, in order, as
   * a {@code KEEP} or a {@code DELETE}; every line of B once, in order, as a {@code KEEP} or an
   * {@code INSERT}; the kept lines are equal in both; and no script with fewer deletes and inserts
   * exists (so its length is |A| + |B| - 2 * |longest common subsequence|). Two empty files give an
   * empty script, two equal files only {@code KEEP}s.
   *
   * @param a the lines of the old file (see {@link Lines#split(String)})
   * @param b the lines of the new file
   */
  public static List<Edit> diff(List<String> a, List<String> b) {
    throw new UnsupportedOperationException(
        "TODO git/line-diff: find the shortest edit script with Myers' algorithm");
  }
}
