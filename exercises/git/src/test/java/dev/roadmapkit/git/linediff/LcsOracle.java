package dev.roadmapkit.git.linediff;

import java.util.List;

/** The test's slow but obvious reference: longest common subsequences by dynamic programming. */
final class LcsOracle {

  private LcsOracle() {}

  /** The length of a longest common subsequence of {@code a} and {@code b}. */
  static int lcsLength(List<String> a, List<String> b) {
    return table(a, b)[0][0];
  }

  /** The length of the shortest edit script: |A| + |B| - 2 * LCS. */
  static int shortestScript(List<String> a, List<String> b) {
    return a.size() + b.size() - 2 * lcsLength(a, b);
  }

  /**
   * Whether only one set of matched line pairs reaches the LCS length: then every shortest edit
   * script keeps the same lines, and git's diff and yours must print the same hunks.
   */
  static boolean uniqueAlignment(List<String> a, List<String> b) {
    int[][] lcs = table(a, b);
    int n = a.size();
    int m = b.size();
    long[][] count = new long[n + 2][m + 2];
    for (int i = n; i >= 0; i--) {
      for (int j = m; j >= 0; j--) {
        int length = lcs[i][j];
        if (length == 0) {
          count[i][j] = 1;
          continue;
        }
        long ways = 0;
        if (a.get(i).equals(b.get(j)) && lcs[i + 1][j + 1] + 1 == length) {
          ways += count[i + 1][j + 1];
        }
        if (lcs[i + 1][j] == length) {
          ways += count[i + 1][j];
        }
        if (lcs[i][j + 1] == length) {
          ways += count[i][j + 1];
        }
        if (lcs[i + 1][j + 1] == length) {
          ways -= count[i + 1][j + 1];
        }
        count[i][j] = ways;
      }
    }
    return count[0][0] == 1;
  }

  private static int[][] table(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 2][m + 2];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    return lcs;
  }
}
