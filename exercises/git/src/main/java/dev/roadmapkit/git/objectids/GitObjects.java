package dev.roadmapkit.git.objectids;

import java.util.Collection;
import java.util.List;

/**
 * Exercise {@code git/object-ids}: compute git's object ids, so that they equal what {@code git
 * hash-object}, {@code git mktree} and {@code git commit-tree} print.
 *
 * <p>Git stores everything as objects named by the SHA-1 of their bytes: the header {@code "<type>
 * <size>\0"} (the type {@code blob}, {@code tree} or {@code commit}, one space, the size of the
 * content in bytes written in decimal, one NUL byte) followed by the content. What you write:
 *
 * <ul>
 *   <li>{@link #hash}: the SHA-1 of header and content ({@link java.security.MessageDigest},
 *       algorithm {@code SHA-1}); the size counts bytes, not characters;
 *   <li>{@link #treeOrder}: the entries in the order git keeps in a tree: names compared as bytes
 *       (UTF-8, unsigned), where a directory's name compares as if it ended with {@code /}. So a
 *       directory {@code a} comes after a file {@code a.b} ({@code '.'} is 0x2e, {@code '/'} is
 *       0x2f) but before a file {@code ab};
 *   <li>{@link #treeContent}: for each entry in that order, its mode in octal without leading zeros
 *       ({@code 40000} for a directory, {@code 100644}, ...), a space, the name in UTF-8, a NUL and
 *       the id as 20 raw bytes (not 40 hex characters);
 *   <li>{@link #commitContent}: the lines {@code tree <hex>}, one {@code parent <hex>} per parent
 *       in order, {@code author <person line>}, {@code committer <person line>} (see {@link
 *       Person#line()}), each ending with {@code \n}; then an empty line and the message.
 * </ul>
 *
 * <p>{@link #blobId}, {@link #treeId} and {@link #commitId} are given: they put the pieces
 * together.
 */
public final class GitObjects {

  private GitObjects() {}

  /**
   * The id of an object: the SHA-1 of {@code type + " " + size + "\0"} (the size of {@code content}
   * in bytes, in decimal, the header in ASCII) followed by {@code content}.
   *
   * @param type {@code blob}, {@code tree} or {@code commit}
   * @param content the object's content, as {@code git cat-file <type> <id>} prints it
   */
  public static ObjectId hash(String type, byte[] content) {
    throw new UnsupportedOperationException(
        "TODO git/object-ids: SHA-1 over the header \"<type> <size>\\0\" and the content");
  }

  /**
   * The entries in git's tree order: by name, compared as UTF-8 bytes (unsigned), a {@link
   * Mode#DIRECTORY} entry's name compared as if it ended with {@code /}.
   *
   * @return a new list, sorted
   * @throws IllegalArgumentException if two entries have the same name (whatever their modes)
   */
  public static List<TreeEntry> treeOrder(Collection<TreeEntry> entries) {
    throw new UnsupportedOperationException(
        "TODO git/object-ids: sort by name as bytes, a directory's name as if it ended in '/'");
  }

  /**
   * A tree's content: for each entry in {@link #treeOrder}, {@code <mode in octal> <name>\0}
   * followed by the 20 raw bytes of its id; the mode without leading zeros ({@code 40000}, {@code
   * 100644}, {@code 100755}, {@code 120000}, {@code 160000}), the name in UTF-8.
   *
   * @throws IllegalArgumentException if two entries have the same name
   */
  public static byte[] treeContent(Collection<TreeEntry> entries) {
    throw new UnsupportedOperationException(
        "TODO git/object-ids: '<mode> <name>\\0' and the 20 raw bytes of the id, per entry in"
            + " tree order");
  }

  /**
   * A commit's content, in UTF-8:
   *
   * <pre>
   * tree &lt;hex&gt;
   * parent &lt;hex&gt;        (one line per parent, in order; none for a root commit)
   * author &lt;author.line()&gt;
   * committer &lt;committer.line()&gt;
   *
   * &lt;message&gt;
   * </pre>
   *
   * <p>The message ends with a newline, as {@code git commit-tree -m} and {@code git commit} make
   * it: when it does not end with {@code \n} one is added; a message that already ends with one
   * stays as it is, and an empty message stays empty.
   */
  public static byte[] commitContent(Commit commit) {
    throw new UnsupportedOperationException(
        "TODO git/object-ids: the tree, parent, author and committer lines, an empty line, the"
            + " message ending with a newline");
  }

  /** A blob's id: what {@code git hash-object} prints for a file with this content. Given. */
  public static ObjectId blobId(byte[] content) {
    return hash("blob", content);
  }

  /** A tree's id: what {@code git mktree} prints for these entries, in any order. Given. */
  public static ObjectId treeId(Collection<TreeEntry> entries) {
    return hash("tree", treeContent(entries));
  }

  /** A commit's id: what {@code git commit-tree} prints. Given. */
  public static ObjectId commitId(Commit commit) {
    return hash("commit", commitContent(commit));
  }
}
