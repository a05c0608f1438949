package dev.roadmapkit.git.linediff;

import java.util.List;

/**
 * An edit script printed as a unified diff, byte for byte what {@code git diff --no-index} prints
 * after its {@code diff --git} and {@code index} lines.
 *
 * <pre>
 * --- a/before.txt
 * +++ b/after.txt
 * &#64;&#64; -5,7 +5,6 &#64;&#64;
 *  5 line            (context: a KEEP, prefixed with a space)
 * -6 line            (a DELETE, prefixed with '-')
 * +6 changed         (an INSERT, prefixed with '+')
 * </pre>
 */
public final class UnifiedDiff {

  /** The context git shows around each change unless told otherwise ({@code -U3}). */
  public static final int DEFAULT_CONTEXT = 3;

  private UnifiedDiff() {}

  /**
   * The unified diff of {@code script} (a script from A to B, for example {@link
   * MyersDiff#diff(List, List)}), or {@code ""} when the script has no change.
   *
   * <ul>
   *   <li>Two header lines: {@code "--- a/" + oldName} and {@code "+++ b/" + newName}.
   *   <li>Hunks: each change with up to {@code context} kept lines before and after it. Two changes
   *       go into the same hunk when at most {@code 2 * context} kept lines separate them (their
   *       contexts touch or overlap); with more, a new hunk starts.
   *   <li>A hunk starts with {@code @@ -l,s +l,s @@}: for A and then B, l is the first line of the
   *       hunk in that file (counted from 1) and s the number of that file's lines in the hunk
   *       (kept and deleted lines for A, kept and inserted for B). A count of 1 is written without
   *       {@code ",1"} ({@code -4} rather than {@code -4,1}); with a count of 0 (nothing of that
   *       file in the hunk, say an empty file or an insertion without context), l is the line
   *       before the hunk, 0 at the top ({@code -0,0}, {@code -2,0}).
   *   <li>Then the hunk's lines: {@code ' '} before a kept line, {@code '-'} before a deleted one,
   *       {@code '+'} before an inserted one. Where deletes and inserts follow each other without a
   *       kept line between them, all the deleted lines come first and then the inserted ones,
   *       whatever order the script has them in (git prints a change that way).
   *   <li>A line without {@code '\n'} (the last line of a file that does not end with a newline) is
   *       followed by {@code "\n\\ No newline at end of file\n"}.
   * </ul>
   *
   * @param context the number of kept lines around a change, 0 or more (git's {@code -U})
   * @throws IllegalArgumentException when {@code context} is negative
   */
  public static String format(String oldName, String newName, List<Edit> script, int context) {
    throw new UnsupportedOperationException(
        "TODO git/line-diff: group the changes into hunks and print them");
  }
}
