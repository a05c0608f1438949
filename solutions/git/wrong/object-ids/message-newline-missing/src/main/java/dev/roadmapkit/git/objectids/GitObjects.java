package dev.roadmapkit.git.objectids;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reference solution. The key idea: an object id is a hash of bytes, so everything is built as
 * bytes (UTF-8 names, raw ids, a size that counts bytes) and compared as bytes; the tree order is
 * byte order on the name with a {@code /} appended for directories, which is the order a path walk
 * would visit them in. The trade-off: the content is built in memory before hashing, simple and
 * fine for commits and trees, where a streaming digest would only pay off for huge blobs.
 */
public final class GitObjects {

  private static final Comparator<TreeEntry> TREE_ORDER =
      (left, right) -> Arrays.compareUnsigned(sortKey(left), sortKey(right));

  private GitObjects() {}

  public static ObjectId hash(String type, byte[] content) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    sha1.update((type + " " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
    return ObjectId.fromRaw(sha1.digest(content));
  }

  public static List<TreeEntry> treeOrder(Collection<TreeEntry> entries) {
    Set<String> names = new HashSet<>();
    for (TreeEntry entry : entries) {
      if (!names.add(entry.name())) {
        throw new IllegalArgumentException("two entries are named '" + entry.name() + "'");
      }
    }
    List<TreeEntry> sorted = new ArrayList<>(entries);
    sorted.sort(TREE_ORDER);
    return sorted;
  }

  private static byte[] sortKey(TreeEntry entry) {
    String name = entry.mode() == Mode.DIRECTORY ? entry.name() + "/" : entry.name();
    return name.getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] treeContent(Collection<TreeEntry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (TreeEntry entry : treeOrder(entries)) {
      String head = Integer.toOctalString(entry.mode().bits()) + " " + entry.name() + "\0";
      out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(entry.id().raw());
    }
    return out.toByteArray();
  }

  public static byte[] commitContent(Commit commit) {
    StringBuilder text = new StringBuilder();
    text.append("tree ").append(commit.tree().hex()).append('\n');
    for (ObjectId parent : commit.parents()) {
      text.append("parent ").append(parent.hex()).append('\n');
    }
    text.append("author ").append(commit.author().line()).append('\n');
    text.append("committer ").append(commit.committer().line()).append('\n');
    text.append('\n').append(commit.message());
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static ObjectId blobId(byte[] content) {
    return hash("blob", content);
  }

  public static ObjectId treeId(Collection<TreeEntry> entries) {
    return hash("tree", treeContent(entries));
  }

  public static ObjectId commitId(Commit commit) {
    return hash("commit", commitContent(commit));
  }
}
