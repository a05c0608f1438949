package dev.roadmapkit.git.objectids;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.support.git.GitRepository;
import dev.roadmapkit.support.git.RealGit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;

/** Random contents and trees, hashed by the learner's code and by real git, one repository each. */
@Label("git/object-ids: GitObjects against real git")
class GitObjectsLiveTest {

  private static RealGit git;
  private Path directory;
  private GitRepository repository;

  @BeforeContainer
  static void realGit() {
    git = RealGit.require();
  }

  @BeforeProperty
  void newRepository() throws IOException {
    directory = Files.createTempDirectory("object-ids");
    repository = GitRepository.init(git, directory);
  }

  @AfterProperty
  void deleteRepository() throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(GitObjectsLiveTest::delete);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<List<byte[]>> contents() {
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    Arbitrary<byte[]> text =
        Arbitraries.strings()
            .withChars("ab \n\té€😀")
            .ofMaxLength(40)
            .map(s -> s.getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(bytes, text).list().ofMinSize(1).ofMaxSize(5);
  }

  @Property(tries = 40)
  @Label("blobId equals git hash-object for random contents (binary and UTF-8)")
  void blobsMatchGit(@ForAll("contents") List<byte[]> contents) {
    StringBuilder paths = new StringBuilder();
    for (int i = 0; i < contents.size(); i++) {
      repository.write("blob-" + i, contents.get(i));
      paths.append("blob-").append(i).append('\n');
    }
    // One git call for the whole list: hash-object reads the paths from stdin.
    List<String> expected =
        repository
            .gitWithInput(
                paths.toString().getBytes(StandardCharsets.UTF_8), "hash-object", "--stdin-paths")
            .lines()
            .toList();
    for (int i = 0; i < contents.size(); i++) {
      assertThat(GitObjects.blobId(contents.get(i)).hex())
          .as(
              "the id of a %d-byte blob (file blob-%d): git hash-object says %s",
              contents.get(i).length, i, expected.get(i))
          .isEqualTo(expected.get(i));
    }
  }

  @Provide
  Arbitrary<List<List<TreeEntry>>> trees() {
    // Few letters, so that prefixes ("a" and "a.b", "a-b") and directories meet often.
    Arbitrary<String> names =
        Arbitraries.strings().withChars("ab.-_é").ofMinLength(1).ofMaxLength(3);
    Arbitrary<ObjectId> ids =
        Arbitraries.bytes().array(byte[].class).ofSize(ObjectId.RAW_LENGTH).map(ObjectId::fromRaw);
    Arbitrary<Mode> modes = Arbitraries.of(Mode.class);
    Arbitrary<TreeEntry> entry = Combinators.combine(modes, names, ids).as(TreeEntry::new);
    return entry
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .uniqueElements(TreeEntry::name)
        .filter(list -> list.stream().noneMatch(e -> e.name().equals(".") || e.name().equals("..")))
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }

  @Property(tries = 40)
  @Label("treeId equals git mktree for random entries given in random order")
  void treesMatchGit(@ForAll("trees") List<List<TreeEntry>> trees) {
    StringBuilder input = new StringBuilder();
    for (List<TreeEntry> tree : trees) {
      for (TreeEntry e : tree) {
        String octal = Integer.toOctalString(e.mode().bits());
        input.append(
            String.format("%s %s %s\t%s\n", octal, e.mode().objectType(), e.id(), e.name()));
      }
      input.append('\n');
    }
    // One git call for every tree of the try: --batch reads trees separated by empty lines.
    List<String> expected =
        repository
            .gitWithInput(
                input.toString().getBytes(StandardCharsets.UTF_8), "mktree", "--missing", "--batch")
            .lines()
            .toList();
    List<String> ours = new ArrayList<>();
    for (List<TreeEntry> tree : trees) {
      ours.add(GitObjects.treeId(tree).hex());
    }
    assertThat(ours)
        .as(
            () ->
                "the ids of the trees "
                    + trees
                    + " (given in this order): git mktree says "
                    + expected
                    + "; git ls-tree of the first one, in git's tree order:\n"
                    + repository.git("ls-tree", expected.get(0)))
        .isEqualTo(expected);
  }
}
