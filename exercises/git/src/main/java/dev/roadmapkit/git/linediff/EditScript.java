package dev.roadmapkit.git.linediff;

import java.util.ArrayList;
import java.util.List;

/** Applying an edit script, and its length. Given: the tests use it to check your scripts. */
public final class EditScript {

  private EditScript() {}

  /**
   * The file B that {@code script} makes from {@code a}: every {@code KEEP} and {@code DELETE} must
   * name the next line of A, in order, and the script must use all of A.
   *
   * @throws IllegalArgumentException when the script does not fit {@code a}, naming the step
   */
  public static List<String> apply(List<String> a, List<Edit> script) {
    List<String> b = new ArrayList<>();
    int next = 0;
    for (int step = 0; step < script.size(); step++) {
      Edit edit = script.get(step);
      if (edit.kind() == Edit.Kind.INSERT) {
        b.add(edit.line());
        continue;
      }
      if (next >= a.size() || !a.get(next).equals(edit.line())) {
        String expected = next >= a.size() ? "the end of A" : "line " + (next + 1) + " of A";
        throw new IllegalArgumentException(
            "step " + step + " " + edit + " does not match " + expected);
      }
      if (edit.kind() == Edit.Kind.KEEP) {
        b.add(edit.line());
      }
      next++;
    }
    if (next != a.size()) {
      throw new IllegalArgumentException(
          "the script ends at line " + (next + 1) + " of A, which has " + a.size() + " lines");
    }
    return List.copyOf(b);
  }

  /** The number of changes (deletes and inserts) in {@code script}: the length of the diff. */
  public static int length(List<Edit> script) {
    return (int) script.stream().filter(Edit::isChange).count();
  }
}
