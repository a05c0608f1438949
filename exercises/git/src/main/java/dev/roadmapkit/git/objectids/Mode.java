package dev.roadmapkit.git.objectids;

/**
 * The kind of a tree entry, with the file mode git records for it. Given: do not change.
 *
 * <p>The mode is a number that git writes in octal, without leading zeros: {@code 40000} for a
 * directory (not {@code 040000}, though {@code git ls-tree} pads it so for display), {@code 100644}
 * for a file, {@code 100755} for an executable file, {@code 120000} for a symbolic link and {@code
 * 160000} for a submodule (a commit of another repository).
 */
public enum Mode {
  /** A directory: the entry's id is a tree. */
  DIRECTORY(0040000),
  /** A regular file: the id is a blob. */
  FILE(0100644),
  /** An executable file: the id is a blob. */
  EXECUTABLE(0100755),
  /** A symbolic link: the id is a blob holding the link's target. */
  SYMLINK(0120000),
  /** A submodule: the id is a commit in another repository. */
  GITLINK(0160000);

  private final int bits;

  Mode(int bits) {
    this.bits = bits;
  }

  /** The mode as a number, for example {@code 0100644} (octal) for {@link #FILE}. */
  public int bits() {
    return bits;
  }

  /** The type of the object an entry of this mode names: tree, blob or commit. */
  public String objectType() {
    return switch (this) {
      case DIRECTORY -> "tree";
      case GITLINK -> "commit";
      case FILE, EXECUTABLE, SYMLINK -> "blob";
    };
  }
}
