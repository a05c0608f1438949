package dev.roadmapkit.git.linediff;

import java.util.ArrayList;
import java.util.List;

// Key idea: number every step of the script with the line of A and of B it is at, find the
// changes, and cut the script into hunks where more than 2 * context kept lines separate two
// changes. Each hunk is then a slice of the script, so its header is counted from the slice and
// its body printed change run by change run (deletes first, as git's xdiff stores a change as a
// pair of ranges). The trade-off: an index array per file instead of walking once, for clarity.

/** An edit script printed as a unified diff, like {@code git diff --no-index}. */
public final class UnifiedDiff {

  /** The context git shows around each change unless told otherwise ({@code -U3}). */
  public static final int DEFAULT_CONTEXT = 3;

  private UnifiedDiff() {}

  /** The unified diff of {@code script}, or {@code ""} when it has no change. */
  public static String format(String oldName, String newName, List<Edit> script, int context) {
    if (context < 0) {
      throw new IllegalArgumentException("context must be 0 or more, not " + context);
    }
    int size = script.size();
    int[] oldLine = new int[size + 1];
    int[] newLine = new int[size + 1];
    List<Integer> changes = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Edit edit = script.get(i);
      oldLine[i + 1] = oldLine[i] + (edit.kind() == Edit.Kind.INSERT ? 0 : 1);
      newLine[i + 1] = newLine[i] + (edit.kind() == Edit.Kind.DELETE ? 0 : 1);
      if (edit.isChange()) {
        changes.add(i);
      }
    }
    if (changes.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("--- a/").append(oldName).append('\n');
    out.append("+++ b/").append(newName).append('\n');
    int first = 0;
    while (first < changes.size()) {
      int last = first;
      while (last + 1 < changes.size()
          && changes.get(last + 1) - changes.get(last) - 1 <= 2 * context) {
        last++;
      }
      int from = Math.max(0, changes.get(first) - context);
      int to = Math.min(size, changes.get(last) + context + 1);
      out.append("@@ -")
          .append(range(oldLine[from], oldLine[to] - oldLine[from]))
          .append(" +")
          .append(range(newLine[from], newLine[to] - newLine[from]))
          .append(" @@\n");
      printBody(out, script.subList(from, to));
      first = last + 1;
    }
    return out.toString();
  }

  /** {@code before} is the number of lines of the file before the hunk. */
  private static String range(int before, int count) {
    return switch (count) {
      case 0 -> before + ",0";
      case 1 -> String.valueOf(before + 1);
      default -> (before + 1) + "," + count;
    };
  }

  private static void printBody(StringBuilder out, List<Edit> hunk) {
    List<String> inserted = new ArrayList<>();
    for (Edit edit : hunk) {
      switch (edit.kind()) {
        case KEEP -> {
          flush(out, inserted);
          print(out, ' ', edit.line());
        }
        case DELETE -> print(out, '-', edit.line());
        case INSERT -> print(out, '+', edit.line());
      }
    }
    flush(out, inserted);
  }

  private static void flush(StringBuilder out, List<String> inserted) {
    for (String line : inserted) {
      print(out, '+', line);
    }
    inserted.clear();
  }

  private static void print(StringBuilder out, char prefix, String line) {
    out.append(prefix).append(line);
    if (!line.endsWith("\n")) {
      out.append("\n\\ No newline at end of file\n");
    }
  }
}
