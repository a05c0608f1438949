package dev.roadmapkit.git.refadvertisement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.support.git.GitRepository;
import dev.roadmapkit.support.git.GitResult;
import dev.roadmapkit.support.git.RealGit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

/**
 * Random repositories (branches, lightweight and annotated tags, HEAD on a branch, detached or
 * unborn) made by one git fast-import each; their advertisement from git upload-pack
 * --advertise-refs, parsed by the learner's code, against git show-ref --head -d.
 */
@Label("git/ref-advertisement: RefAdvertisement against real git")
class RefAdvertisementLiveTest {

  private static final List<String> BRANCHES =
      List.of("topic", "feature/login", "feature/search", "release/1.0", "fix-42");
  private static final List<String> TAGS = List.of("v1", "v1.1", "v2.0-rc1", "nightly/2026-12-04");

  private static RealGit git;
  private Path directory;
  private int repositories;

  @BeforeContainer
  static void realGit() {
    git = RealGit.require();
  }

  @BeforeProperty
  void newDirectory() throws IOException {
    directory = Files.createTempDirectory("ref-advertisement");
  }

  @AfterProperty
  void deleteDirectory() throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(RefAdvertisementLiveTest::delete);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A repository to build: commits (each with a parent among the earlier ones, or a root), where
   * each branch and tag points, which tags are annotated, and where HEAD is.
   */
  record Shape(
      List<Integer> parents,
      List<Integer> branches,
      List<Integer> tags,
      List<Boolean> annotated,
      int head) {}

  @Provide
  Arbitrary<Shape> shapes() {
    return Arbitraries.integers()
        .between(1, 5)
        .flatMap(
            commits -> {
              // -1: no such branch or tag; otherwise the commit it points to.
              Arbitrary<Integer> target = Arbitraries.integers().between(-1, commits - 1);
              return Combinators.combine(
                      Arbitraries.integers().between(-1, 4).list().ofSize(commits),
                      target.list().ofSize(BRANCHES.size()),
                      target.list().ofSize(TAGS.size()),
                      Arbitraries.of(true, false).list().ofSize(TAGS.size()),
                      Arbitraries.integers().between(-2, BRANCHES.size() - 1))
                  .as(Shape::new);
            });
  }

  @Property(tries = 25)
  @Label("parse gives the refs git show-ref --head -d lists for random repositories")
  void matchesGit(@ForAll("shapes") Shape shape) throws IOException {
    GitRepository repository = GitRepository.init(git, directory.resolve("r" + repositories++));
    StringBuilder stream = new StringBuilder();
    for (int i = 0; i < shape.parents().size(); i++) {
      stream.append("commit refs/heads/main\nmark :").append(i + 1).append('\n');
      stream
          .append("committer Ada Learner <ada@example.com> ")
          .append(1112911993L + i)
          .append(" +0000\n");
      stream.append("data 2\nc").append(i).append('\n');
      int parent = shape.parents().get(i);
      // A parent index that is not an earlier commit makes a root commit.
      stream.append(
          parent >= 0 && parent < i
              ? "from :" + (parent + 1) + "\n"
              : "from 0000000000000000000000000000000000000000\n");
      stream.append('\n');
    }
    for (int b = 0; b < BRANCHES.size(); b++) {
      if (shape.branches().get(b) >= 0) {
        stream
            .append("reset refs/heads/")
            .append(BRANCHES.get(b))
            .append("\nfrom :")
            .append(shape.branches().get(b) + 1)
            .append("\n\n");
      }
    }
    for (int t = 0; t < TAGS.size(); t++) {
      int target = shape.tags().get(t);
      if (target < 0) {
        continue;
      }
      if (shape.annotated().get(t)) {
        String message = "Tag " + TAGS.get(t);
        stream
            .append("tag ")
            .append(TAGS.get(t))
            .append("\nfrom :")
            .append(target + 1)
            .append('\n');
        stream.append("tagger Ada Learner <ada@example.com> 1112911993 +0000\n");
        stream.append("data ").append(message.length()).append('\n').append(message).append('\n');
      } else {
        stream
            .append("reset refs/tags/")
            .append(TAGS.get(t))
            .append("\nfrom :")
            .append(target + 1)
            .append("\n\n");
      }
    }
    repository.gitWithInput(
        stream.toString().getBytes(StandardCharsets.UTF_8), "fast-import", "--quiet");
    String head;
    if (shape.head() == -2) {
      repository.git("update-ref", "--no-deref", "HEAD", "main");
      head = "detached at main";
    } else if (shape.head() == -1 || shape.branches().get(shape.head()) < 0) {
      // HEAD stays on refs/heads/main, or names a branch that does not exist: unborn.
      String branch = shape.head() == -1 ? "main" : BRANCHES.get(shape.head());
      repository.git("symbolic-ref", "HEAD", "refs/heads/" + branch);
      head = "refs/heads/" + branch;
    } else {
      repository.git("symbolic-ref", "HEAD", "refs/heads/" + BRANCHES.get(shape.head()));
      head = "refs/heads/" + BRANCHES.get(shape.head());
    }
    // RealGit removes GIT_PROTOCOL from the environment: upload-pack speaks protocol v0.
    byte[] wire =
        repository.git("upload-pack", "--advertise-refs", ".").getBytes(StandardCharsets.UTF_8);
    GitResult showRef = repository.run("show-ref", "--head", "-d");
    List<Ref> expected = RefAdvertisementTest.showRef(showRef.stdout());

    Advertisement advertisement = RefAdvertisement.parse(new ByteArrayInputStream(wire));
    String shown =
        new String(wire, StandardCharsets.UTF_8).replace("\0", "\\0").replace("\n", "\\n");
    assertThat(advertisement.refs())
        .as(
            "the refs parsed from git upload-pack --advertise-refs (%s) against git show-ref --head -d",
            shown)
        .containsExactlyElementsOf(expected);
    boolean headAdvertised = expected.stream().anyMatch(r -> r.name().equals("HEAD"));
    assertThat(advertisement.symrefs())
        .as("the symrefs; HEAD is %s", head)
        .isEqualTo(headAdvertised && head.startsWith("refs/") ? Map.of("HEAD", head) : Map.of());
    assertThat(advertisement.capabilities())
        .as("the capabilities of git %s's upload-pack (%s)", git.version(), shown)
        .contains("multi_ack", "ofs-delta", "agent=git/" + git.version());
  }
}
