package dev.roadmapkit.git.objectids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("git/object-ids: GitObjects")
class GitObjectsTest {

  private static final String FOLDER = "/dev/roadmapkit/git/objectids/";
  private static final Map<String, ObjectId> EXPECTED = expectedIds();
  private static final ObjectId HELLO = new ObjectId("ce013625030ba8dba906f756967f9e9ca394464a");
  private static final ObjectId EMPTY = new ObjectId("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");

  private static byte[] resource(String name) {
    try (InputStream in = GitObjectsTest.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + FOLDER + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** expected.txt: "kind name id" per object that fixtures/make-object-ids.sh made with git. */
  private static Map<String, ObjectId> expectedIds() {
    Map<String, ObjectId> ids = new HashMap<>();
    for (String line : new String(resource("expected.txt"), StandardCharsets.UTF_8).split("\n")) {
      String[] fields = line.split(" ");
      ids.put(fields[1], new ObjectId(fields[2]));
    }
    return ids;
  }

  /** The entries of a tree from the git mktree input the fixture was made from. */
  private static List<TreeEntry> mktreeInput(String name) {
    List<TreeEntry> entries = new ArrayList<>();
    String text = new String(resource(name + ".mktree"), StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] nameApart = line.split("\t", 2);
      String[] fields = nameApart[0].split(" ");
      entries.add(new TreeEntry(mode(fields[0]), nameApart[1], new ObjectId(fields[2])));
    }
    return entries;
  }

  private static Mode mode(String octal) {
    int bits = Integer.parseInt(octal, 8);
    for (Mode mode : Mode.values()) {
      if (mode.bits() == bits) {
        return mode;
      }
    }
    throw new IllegalArgumentException(octal);
  }

  private static String shown(byte[] bytes) {
    StringBuilder text = new StringBuilder();
    for (byte b : bytes) {
      int c = b & 0xff;
      text.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c));
    }
    return text.toString();
  }

  private static Person ada(long seconds, String zone) {
    return new Person("Ada Learner", "ada@example.com", seconds, ZoneOffset.of(zone));
  }

  private static ObjectId id(String name) {
    return EXPECTED.get(name);
  }

  @ParameterizedTest(name = "blob {0}")
  @ValueSource(strings = {"blob-empty", "blob-hello", "blob-utf8", "blob-binary"})
  @DisplayName("blobId equals the id git hash-object gave the same bytes")
  void blobIds(String name) {
    byte[] content = resource(name + ".object");
    assertThat(GitObjects.blobId(content))
        .as(
            "the id of the blob '%s' (%d bytes): the SHA-1 of \"blob %d\\0\" and the content, as"
                + " git hash-object printed it",
            shown(content), content.length, content.length)
        .isEqualTo(id(name));
  }

  @Test
  @DisplayName("hash counts the size in bytes: 'café €' is 6 characters but 9 bytes in UTF-8")
  void sizeInBytes() {
    byte[] content = "café €".getBytes(StandardCharsets.UTF_8);
    assertThat(GitObjects.hash("blob", content))
        .as("hash(\"blob\", 'café €'): the header must say \"blob 9\\0\", the size in bytes")
        .isEqualTo(sha1("blob 9\0", content))
        .isEqualTo(new ObjectId("73a1a2efe48851fecf7e281a55934f1d5fc8c21f"));
  }

  @Test
  @DisplayName("hash puts the type, a space, the size in decimal and one NUL before the content")
  void headerOfAnyType() {
    byte[] content = new byte[1234];
    content[0] = 'x';
    assertThat(GitObjects.hash("commit", content))
        .as("hash(\"commit\", 1234 bytes): SHA-1 of \"commit 1234\\0\" and the content")
        .isEqualTo(sha1("commit 1234\0", content));
    assertThat(GitObjects.hash("tree", new byte[0]))
        .as("hash(\"tree\", no bytes) is the empty tree every git knows")
        .isEqualTo(new ObjectId("4b825dc642cb6eb9a060e54bf8d69288fbee4904"));
  }

  private static ObjectId sha1(String header, byte[] content) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      digest.update(header.getBytes(StandardCharsets.US_ASCII));
      return ObjectId.fromRaw(digest.digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("treeOrder puts a directory 'a' after the file 'a.b', as if it were named 'a/'")
  void directoryOrder() {
    List<TreeEntry> entries =
        List.of(
            new TreeEntry(Mode.FILE, "ab", HELLO),
            new TreeEntry(Mode.DIRECTORY, "a", EMPTY),
            new TreeEntry(Mode.FILE, "a.b", HELLO),
            new TreeEntry(Mode.FILE, "a-b", EMPTY),
            new TreeEntry(Mode.FILE, "B", EMPTY));
    assertThat(GitObjects.treeOrder(entries).stream().map(TreeEntry::name))
        .as(
            "git's order compares bytes, a directory's name as if it ended in '/': 'B' (0x42) first,"
                + " then 'a-b' ('-' 0x2d), 'a.b' ('.' 0x2e), the directory 'a' ('/' 0x2f), 'ab'"
                + " ('b' 0x62)")
        .containsExactly("B", "a-b", "a.b", "a", "ab");
  }

  @Test
  @DisplayName("treeOrder puts a file 'a' before 'a-b', and leaves the given collection alone")
  void fileOrder() {
    List<TreeEntry> entries =
        new ArrayList<>(
            List.of(
                new TreeEntry(Mode.FILE, "a.b", HELLO),
                new TreeEntry(Mode.EXECUTABLE, "a", EMPTY),
                new TreeEntry(Mode.FILE, "a-b", EMPTY)));
    List<TreeEntry> copy = List.copyOf(entries);
    assertThat(GitObjects.treeOrder(entries).stream().map(TreeEntry::name))
        .as("a file named 'a' is a prefix of the others, so it sorts first")
        .containsExactly("a", "a-b", "a.b");
    assertThat(entries).as("the list given to treeOrder (it returns a new one)").isEqualTo(copy);
  }

  @Test
  @DisplayName(
      "treeOrder compares UTF-8 bytes, not Java chars: U+FF21 (EF BC A1) before 😀 (F0...)")
  void byteOrderNotCharOrder() {
    List<TreeEntry> entries =
        List.of(
            new TreeEntry(Mode.FILE, "😀", HELLO),
            new TreeEntry(Mode.FILE, "Ａ", EMPTY),
            new TreeEntry(Mode.FILE, "é", EMPTY),
            new TreeEntry(Mode.FILE, "z", HELLO));
    assertThat(GitObjects.treeOrder(entries).stream().map(TreeEntry::name))
        .as(
            "bytes compared unsigned: 'z' (7a), 'é' (c3 a9), 'Ａ' (ef bc a1), '😀' (f0 9f 98 80);"
                + " String.compareTo sees the emoji as the surrogate \\ud83d and puts it before"
                + " 'Ａ' (\\uff21), and signed bytes would put every non-ASCII name first")
        .containsExactly("z", "é", "Ａ", "😀");
  }

  @Test
  @DisplayName("treeOrder refuses two entries of the same name, even a file and a directory")
  void duplicateNames() {
    assertThatThrownBy(
            () ->
                GitObjects.treeOrder(
                    List.of(
                        new TreeEntry(Mode.FILE, "x", HELLO),
                        new TreeEntry(Mode.FILE, "y", HELLO),
                        new TreeEntry(Mode.FILE, "x", EMPTY))))
        .as("a directory cannot hold two entries named 'x'")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                GitObjects.treeContent(
                    List.of(
                        new TreeEntry(Mode.DIRECTORY, "x", HELLO),
                        new TreeEntry(Mode.FILE, "x", EMPTY))))
        .as("a file 'x' and a directory 'x' are two entries of the same name, too")
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "tree {0}")
  @ValueSource(
      strings = {"tree-empty", "tree-one-file", "tree-dir-order", "tree-modes", "tree-unicode"})
  @DisplayName("treeContent and treeId equal the tree git mktree made from the same entries")
  void trees(String name) {
    List<TreeEntry> entries = mktreeInput(name);
    byte[] expected = resource(name + ".object");
    assertThat(shown(GitObjects.treeContent(entries)))
        .as(
            "the content of tree %s (what git cat-file tree prints, raw ids shown as \\x..): per"
                + " entry in tree order '<mode> <name>\\0' then 20 raw bytes; modes without a"
                + " leading 0 (40000)",
            name)
        .isEqualTo(shown(expected));
    assertThat(GitObjects.treeId(entries))
        .as("the id git mktree printed for tree %s", name)
        .isEqualTo(id(name));
  }

  @Test
  @DisplayName("treeContent writes the mode in octal without leading zeros and the id as raw bytes")
  void treeContentOfOneDirectory() {
    byte[] content = GitObjects.treeContent(List.of(new TreeEntry(Mode.DIRECTORY, "src", HELLO)));
    byte[] expected = new byte[10 + 20];
    System.arraycopy("40000 src\0".getBytes(StandardCharsets.US_ASCII), 0, expected, 0, 10);
    System.arraycopy(HELLO.raw(), 0, expected, 10, 20);
    assertThat(shown(content))
        .as("a tree with one directory 'src': \"40000 src\\0\" and the 20 bytes of its id")
        .isEqualTo(shown(expected));
  }

  private static Commit root() {
    return new Commit(
        id("tree-dir-order"),
        List.of(),
        ada(1112911993L, "+02:00"),
        ada(1112912053L, "+02:00"),
        "Add the first files");
  }

  private static Commit child() {
    return new Commit(
        id("tree-modes"),
        List.of(id("commit-root")),
        new Person("Grace Hopper", "grace@example.org", 1112912113L, ZoneOffset.of("-01:30")),
        ada(1112912173L, "Z"),
        "Add every mode\n\nA directory, a symlink, a submodule.\n");
  }

  private static Commit side() {
    return new Commit(
        id("tree-dir-order"),
        List.of(id("commit-root")),
        ada(1112912233L, "Z"),
        ada(1112912233L, "Z"),
        "Side: café");
  }

  private static Commit merge() {
    return new Commit(
        id("tree-modes"),
        List.of(id("commit-child"), id("commit-side")),
        ada(1112912293L, "+05:30"),
        ada(1112912353L, "+05:30"),
        "Merge the side branch");
  }

  private static Commit emptyMessage() {
    return new Commit(
        id("tree-dir-order"),
        List.of(id("commit-merge")),
        ada(1112912413L, "Z"),
        ada(1112912413L, "Z"),
        "");
  }

  private static void assertCommit(String name, Commit commit, String why) {
    String expected = new String(resource(name + ".object"), StandardCharsets.UTF_8);
    assertThat(new String(GitObjects.commitContent(commit), StandardCharsets.UTF_8))
        .as("the content of %s (%s), as git cat-file commit prints it", name, why)
        .isEqualTo(expected);
    assertThat(GitObjects.commitId(commit))
        .as("the id git commit-tree printed for %s", name)
        .isEqualTo(id(name));
  }

  @Test
  @DisplayName("commitContent of a root commit: no parent line, and '\\n' added to the message")
  void rootCommit() {
    assertCommit(
        "commit-root", root(), "no parents; git commit-tree -m adds the newline the message lacks");
  }

  @Test
  @DisplayName("commitContent keeps a message that ends with a newline as it is")
  void childCommit() {
    assertCommit(
        "commit-child",
        child(),
        "one parent, an author in -0130, a message with an empty line that already ends with \\n");
  }

  @Test
  @DisplayName("commitContent of a merge has one parent line per parent, in order")
  void mergeCommit() {
    assertCommit("commit-side", side(), "a UTF-8 message: 'é' is two bytes");
    assertCommit("commit-merge", merge(), "two parents, the first one first; zone +0530");
  }

  @Test
  @DisplayName("commitContent leaves an empty message empty: the commit ends with the empty line")
  void emptyMessageStaysEmpty() {
    assertCommit("commit-empty-message", emptyMessage(), "an empty message gets no newline");
  }
}
