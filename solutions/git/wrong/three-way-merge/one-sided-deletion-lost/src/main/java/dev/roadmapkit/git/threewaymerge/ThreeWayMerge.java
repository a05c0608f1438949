package dev.roadmapkit.git.threewaymerge;

import java.util.ArrayList;
import java.util.List;

// Key idea: only the base coordinates matter. Both sides' changes are intervals of the base;
// walking them in order and growing a region while the next change starts at or before its end
// gives exactly git's diff3 regions (git's xdl_merge walks the two change lists the same way and
// joins regions that touch). A side's version of a region is rebuilt from the base lines and that
// side's changes, so no side coordinates are needed. The trade-off: git's zealous refinement of
// conflicts is left out, which keeps the base section meaningful (diff3) and the code small.

/** A three-way merge of line files, like {@code git merge-file ours base theirs}. */
public final class ThreeWayMerge {

  private ThreeWayMerge() {}

  /** Merges {@code ours} and {@code theirs}, two versions of {@code base}. */
  public static MergeResult merge(
      List<String> base,
      List<String> ours,
      List<String> theirs,
      Labels labels,
      ConflictStyle style) {
    List<Change> oursChanges = Diff.changes(base, ours);
    List<Change> theirsChanges = Diff.changes(base, theirs);
    List<String> merged = new ArrayList<>();
    int conflicts = 0;
    int copied = 0;
    int nextOurs = 0;
    int nextTheirs = 0;
    while (nextOurs < oursChanges.size() || nextTheirs < theirsChanges.size()) {
      boolean oursFirst =
          nextTheirs >= theirsChanges.size()
              || (nextOurs < oursChanges.size()
                  && oursChanges.get(nextOurs).baseStart()
                      <= theirsChanges.get(nextTheirs).baseStart());
      Change first = oursFirst ? oursChanges.get(nextOurs) : theirsChanges.get(nextTheirs);
      int start = first.baseStart();
      int end = start;
      List<Change> fromOurs = new ArrayList<>();
      List<Change> fromTheirs = new ArrayList<>();
      boolean grew = true;
      while (grew) {
        grew = false;
        if (nextOurs < oursChanges.size() && oursChanges.get(nextOurs).baseStart() <= end) {
          Change change = oursChanges.get(nextOurs++);
          fromOurs.add(change);
          end = Math.max(end, change.baseEnd());
          grew = true;
        }
        if (nextTheirs < theirsChanges.size() && theirsChanges.get(nextTheirs).baseStart() <= end) {
          Change change = theirsChanges.get(nextTheirs++);
          fromTheirs.add(change);
          end = Math.max(end, change.baseEnd());
          grew = true;
        }
      }
      merged.addAll(base.subList(copied, start));
      copied = end;
      if (fromTheirs.isEmpty() && fromOurs.get(0).lines().isEmpty()) {
        merged.addAll(base.subList(start, end));
      } else if (fromTheirs.isEmpty()) {
        merged.addAll(version(base, start, end, fromOurs));
      } else if (fromOurs.isEmpty() || fromOurs.equals(fromTheirs)) {
        merged.addAll(version(base, start, end, fromTheirs));
      } else {
        conflicts++;
        merged.add("<<<<<<< " + labels.ours());
        merged.addAll(version(base, start, end, fromOurs));
        if (style == ConflictStyle.DIFF3) {
          merged.add("||||||| " + labels.base());
          merged.addAll(base.subList(start, end));
        }
        merged.add("=======");
        merged.addAll(version(base, start, end, fromTheirs));
        merged.add(">>>>>>> " + labels.theirs());
      }
    }
    merged.addAll(base.subList(copied, base.size()));
    return new MergeResult(merged, conflicts);
  }

  /** The base lines {@code [start, end)} with {@code changes} (all inside them) applied. */
  private static List<String> version(List<String> base, int start, int end, List<Change> changes) {
    List<String> lines = new ArrayList<>();
    int at = start;
    for (Change change : changes) {
      lines.addAll(base.subList(at, change.baseStart()));
      lines.addAll(change.lines());
      at = change.baseEnd();
    }
    lines.addAll(base.subList(at, end));
    return lines;
  }
}
