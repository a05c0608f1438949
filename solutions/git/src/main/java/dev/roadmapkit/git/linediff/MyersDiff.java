package dev.roadmapkit.git.linediff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

// Key idea: Myers' greedy search over diagonals finds the furthest point reachable with d changes
// for d = 0, 1, ...; the first d that reaches the corner is the shortest script. Keeping a copy of
// V per d costs O((n + m) D) memory, which is fine for the small D of real diffs and makes the walk
// back trivial; the linear-space variant (middle snake, divide and conquer) trades that for
// recursion.

/** The shortest edit script from file A to file B, found with Myers' O(ND) algorithm. */
public final class MyersDiff {

  private MyersDiff() {}

  /** A shortest edit script from {@code a} to {@code b}. */
  public static List<Edit> diff(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int max = n + m;
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    for (int d = 0; d <= max; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x;
        if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
          x = v[offset + k + 1]; // down from diagonal k+1: an insert
        } else {
          x = v[offset + k - 1] + 1; // right from diagonal k-1: a delete
        }
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          return walkBack(a, b, trace, d, offset);
        }
      }
    }
    throw new AssertionError("a script of length n + m always exists");
  }

  private static List<Edit> walkBack(
      List<String> a, List<String> b, List<int[]> trace, int length, int offset) {
    List<Edit> reversed = new ArrayList<>();
    int x = a.size();
    int y = b.size();
    for (int d = length; d > 0; d--) {
      int[] v = trace.get(d);
      int k = x - y;
      boolean down = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]);
      int previousK = down ? k + 1 : k - 1;
      int previousX = v[offset + previousK];
      int previousY = previousX - previousK;
      int startX = down ? previousX : previousX + 1;
      while (x > startX) {
        reversed.add(Edit.keep(a.get(--x)));
        y--;
      }
      if (down) {
        reversed.add(Edit.insert(b.get(--y)));
      } else {
        reversed.add(Edit.delete(a.get(--x)));
      }
      x = previousX;
      y = previousY;
    }
    while (x > 0) {
      reversed.add(Edit.keep(a.get(--x)));
    }
    Collections.reverse(reversed);
    return List.copyOf(reversed);
  }
}
