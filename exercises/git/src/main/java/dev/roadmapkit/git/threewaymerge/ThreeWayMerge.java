package dev.roadmapkit.git.threewaymerge;

import java.util.List;

/**
 * A three-way merge of line files, like {@code git merge-file ours base theirs}: both sides were
 * edited from the same base; the result keeps both sides' work and marks where they disagree.
 *
 * <p>Start from the changes of each side, {@link Diff#changes(List, List)} of the base to ours and
 * of the base to theirs, and walk through them in base order, grouping them into regions:
 *
 * <ul>
 *   <li>A region starts with the change that starts first in the base (ours first on a tie), and
 *       takes in every change of either side that overlaps or touches it: a change starting at or
 *       before the region's end ({@code change.baseStart() <= regionEnd}), which then extends the
 *       region's end. So two changes on adjacent base lines conflict, as in git, and so does an
 *       insertion right before or after the other side's change; one unchanged base line between
 *       them is enough to keep them apart.
 *   <li>A region with the changes of one side only: that side's change is taken.
 *   <li>A region with one change of each side, the same base lines replaced by the same lines: it
 *       is taken once.
 *   <li>Any other region is a conflict over its base lines {@code [start, end)}. Ours' version of
 *       those lines is the base lines with ours' changes of the region applied, theirs' likewise,
 *       and the conflict is written as
 *       <pre>
 * &lt;&lt;&lt;&lt;&lt;&lt;&lt; ours       (7 characters, a space, labels.ours())
 * ...ours' version...
 * ||||||| base       (DIFF3 style only: labels.base(), then the base lines [start, end))
 * ...the base lines...
 * =======
 * ...theirs' version...
 * &gt;&gt;&gt;&gt;&gt;&gt;&gt; theirs     (labels.theirs())</pre>
 *   <li>Base lines outside every region are unchanged on both sides and copied.
 * </ul>
 *
 * <p>These are the regions of {@code git merge-file --diff3}, so in DIFF3 style the result is
 * git's, line for line. git's default style also refines each conflict (its "zealous" merge moves
 * lines both versions share at the edges out of the conflict, and joins conflicts at most three
 * lines apart); MERGE style here does not: it is git's --diff3 output without the base sections,
 * which is git's default output whenever refining changes nothing.
 */
public final class ThreeWayMerge {

  private ThreeWayMerge() {}

  /**
   * Merges {@code ours} and {@code theirs}, two versions of {@code base}, as described above.
   *
   * @return the merged lines and the number of conflict regions
   */
  public static MergeResult merge(
      List<String> base,
      List<String> ours,
      List<String> theirs,
      Labels labels,
      ConflictStyle style) {
    throw new UnsupportedOperationException(
        "TODO git/three-way-merge: group both sides' changes into regions and merge them");
  }
}
