package dev.roadmapkit.git.linediff;

import java.util.ArrayList;
import java.util.List;

/** The shortest edit script from file A to file B, found with Myers' O(ND) algorithm. */
public final class MyersDiff {

  private MyersDiff() {}

  /** A shortest edit script from {@code a} to {@code b}. */
  public static List<Edit> diff(List<String> a, List<String> b) {
    List<Edit> script = new ArrayList<>();
    int x = 0;
    int y = 0;
    while (x < a.size() || y < b.size()) {
      if (x < a.size() && y < b.size() && a.get(x).equals(b.get(y))) {
        script.add(Edit.keep(a.get(x++)));
        y++;
      } else if (x < a.size() && (y >= b.size() || !b.subList(y, b.size()).contains(a.get(x)))) {
        script.add(Edit.delete(a.get(x++)));
      } else {
        script.add(Edit.insert(b.get(y++)));
      }
    }
    return List.copyOf(script);
  }
}
