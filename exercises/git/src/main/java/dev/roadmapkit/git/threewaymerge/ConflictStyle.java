package dev.roadmapkit.git.threewaymerge;

/** How a conflict is written. */
public enum ConflictStyle {
  /** Ours and theirs: git merge-file's default markers. */
  MERGE,
  /** Ours, the base, and theirs: {@code git merge-file --diff3}. */
  DIFF3
}
