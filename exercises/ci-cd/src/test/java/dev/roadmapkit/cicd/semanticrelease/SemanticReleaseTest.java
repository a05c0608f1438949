package dev.roadmapkit.cicd.semanticrelease;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.support.git.GitRepository;
import dev.roadmapkit.support.git.RealGit;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("ci-cd/semantic-release: SemanticRelease")
class SemanticReleaseTest {

  private static final String HASH = "0123456789abcdef0123456789abcdef01234567";

  // --- classification: no git needed ---

  static Stream<Arguments> messages() {
    return Stream.of(
        Arguments.of("feat: add dark mode", Bump.MINOR, "feat is a new feature: minor"),
        Arguments.of("fix(parser): accept empty lines", Bump.PATCH, "fix with a scope: patch"),
        Arguments.of("perf: cache the index", Bump.PATCH, "perf counts as a fix: patch"),
        Arguments.of("Feat: upper-case type", Bump.MINOR, "the type is case-insensitive"),
        Arguments.of("feat!: drop Java 11", Bump.MAJOR, "'!' before the colon is breaking"),
        Arguments.of(
            "refactor(api)!: rename the routes",
            Bump.MAJOR,
            "'!' after a scope is breaking, whatever the type"),
        Arguments.of("docs: explain the cache", Bump.NONE, "docs is not releasable"),
        Arguments.of("chore(deps): bump junit", Bump.NONE, "chore is not releasable"),
        Arguments.of("Update the README", Bump.NONE, "not a conventional header"),
        Arguments.of("feat add login", Bump.NONE, "no colon after the type: not conventional"),
        Arguments.of("feat:no space", Bump.NONE, "the colon must be followed by a space"),
        Arguments.of("Merge branch 'feature'", Bump.NONE, "a merge commit is not conventional"),
        Arguments.of(
            "chore: drop the old config\n\nBREAKING CHANGE: config.yml is no longer read",
            Bump.MAJOR,
            "a BREAKING CHANGE: footer makes any type major"),
        Arguments.of(
            "fix: parse dates\n\nThe body explains.\n\nRefs: #12\nBREAKING-CHANGE: dates are UTC",
            Bump.MAJOR,
            "BREAKING-CHANGE: (with a hyphen) among other footers is breaking too"),
        Arguments.of(
            "fix: log less\n\nWe no longer print BREAKING CHANGE: in the startup banner.",
            Bump.PATCH,
            "BREAKING CHANGE in the middle of a body line is prose, not a footer"),
        Arguments.of(
            "fix: x\n\nbreaking change: lower case is not the footer token",
            Bump.PATCH,
            "the footer token is upper case: BREAKING CHANGE"),
        Arguments.of(
            "BREAKING CHANGE: the header is not a footer",
            Bump.NONE,
            "the header is not a footer, and not a conventional header either"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("messages")
  @DisplayName("classifies a commit message by Conventional Commits 1.0.0")
  void classifies(String message, Bump expected, String why) {
    assertThat(SemanticRelease.classify(new Commit(HASH, message)))
        .as("classify(\"%s\"): %s", message.replace("\n", "\\n"), why)
        .isEqualTo(expected);
  }

  // --- the bump: no git needed ---

  static Stream<Arguments> bumps() {
    return Stream.of(
        Arguments.of("v1.2.3", Bump.PATCH, "1.2.4"),
        Arguments.of("v1.2.3", Bump.MINOR, "1.3.0"),
        Arguments.of("v1.2.3", Bump.MAJOR, "2.0.0"),
        Arguments.of("v1.9.9", Bump.MINOR, "1.10.0"),
        Arguments.of("v0.3.1", Bump.PATCH, "0.3.2"),
        Arguments.of("v0.3.1", Bump.MINOR, "0.4.0"),
        Arguments.of("v0.3.1", Bump.MAJOR, "0.4.0"));
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @MethodSource("bumps")
  @DisplayName("bumps the version; before 1.0.0 a breaking change is a minor step")
  void bumpsTheVersion(String tag, Bump bump, String expected) {
    assertThat(SemanticRelease.nextVersion(Optional.of(tag), bump))
        .as(
            "after %s a %s bump gives %s (below 1.0.0, a breaking change bumps the minor: 1.0.0 is"
                + " a decision, not a commit)",
            tag, bump, expected)
        .contains(expected);
  }

  @Test
  @DisplayName("no releasable commit is no release; the first release is 0.1.0")
  void noReleaseAndFirstRelease() {
    assertThat(SemanticRelease.nextVersion(Optional.of("v1.2.3"), Bump.NONE))
        .as("a bump of NONE after v1.2.3: nothing to release")
        .isEmpty();
    assertThat(SemanticRelease.nextVersion(Optional.empty(), Bump.NONE))
        .as("a bump of NONE and no tag: still nothing to release")
        .isEmpty();
    for (Bump bump : List.of(Bump.PATCH, Bump.MINOR, Bump.MAJOR)) {
      assertThat(SemanticRelease.nextVersion(Optional.empty(), bump))
          .as("no release tag yet and a %s bump: the first release is 0.1.0", bump)
          .contains("0.1.0");
    }
  }

  // --- the changelog: no git needed ---

  @Test
  @DisplayName("writes the changelog: sections in order, scope in bold, short hash, commit order")
  void changelog() {
    List<Commit> commits =
        List.of(
            new Commit("1111111aaaaaaa", "fix(parser): accept empty lines"),
            new Commit("2222222bbbbbbb", "docs: a typo"),
            new Commit("3333333ccccccc", "feat: add dark mode"),
            new Commit("4444444ddddddd", "feat(api)!: drop the v1 endpoints"),
            new Commit("5555555eeeeeee", "perf: faster startup\n\nMeasured on CI."),
            new Commit("6666666fffffff", "feat(ui): a settings page"),
            new Commit("7777777aaaaaaa", "chore: cleanup\n\nBREAKING CHANGE: no more XML"));
    assertThat(SemanticRelease.changelog("2.0.0", commits))
        .as(
            "the changelog of 2.0.0: breaking changes (listed there only), features, bug fixes"
                + " (fix and perf); docs left out; each section in commit order")
        .isEqualTo(
            """
            ## 2.0.0

            ### Breaking changes

            - **api:** drop the v1 endpoints (4444444)
            - cleanup (7777777)

            ### Features

            - add dark mode (3333333)
            - **ui:** a settings page (6666666)

            ### Bug fixes

            - **parser:** accept empty lines (1111111)
            - faster startup (5555555)
            """);
  }

  @Test
  @DisplayName("leaves an empty section out, heading and all")
  void changelogWithoutEmptySections() {
    assertThat(
            SemanticRelease.changelog(
                "1.4.1",
                List.of(
                    new Commit("abcdef0123", "fix: one"), new Commit("bcdef01234", "test: two"))))
        .as("only fixes: no Breaking changes and no Features heading")
        .isEqualTo("## 1.4.1\n\n### Bug fixes\n\n- one (abcdef0)\n");
    assertThat(SemanticRelease.changelog("0.2.0", List.of(new Commit("abcdef0123", "feat: one"))))
        .as("only a feature")
        .isEqualTo("## 0.2.0\n\n### Features\n\n- one (abcdef0)\n");
  }

  // --- real git ---

  @Nested
  @DisplayName("with a real git repository")
  class WithGit {

    private static RealGit git;

    @TempDir Path dir;

    private GitRepository repo;

    @BeforeAll
    static void needsGit() {
      git = RealGit.require();
    }

    private GitRepository repo() {
      if (repo == null) {
        repo = GitRepository.init(git, dir);
      }
      return repo;
    }

    private int changes;

    private String commit(String message) {
      repo().write("changes.txt", "change " + ++changes + "\n");
      return repo().commitAll(message);
    }

    private String firstCommit(String message) {
      repo().write("README.md", "# demo\n");
      return repo().commitAll(message);
    }

    private Git gitOf() {
      return repo()::git;
    }

    @Test
    @DisplayName("finds the highest release tag by SemVer precedence, not by name or by date")
    void latestTagByPrecedence() {
      firstCommit("feat: start");
      repo().git("tag", "v1.2.0");
      commit("feat: more");
      repo().git("tag", "-a", "v1.10.0", "-m", "Release 1.10.0");
      commit("fix: backport");
      repo().git("tag", "v1.9.0");
      repo().git("tag", "v1.11.0-rc.1");
      repo().git("tag", "v2");
      repo().git("tag", "release-3.0.0");
      repo().git("tag", "3.0.0");
      repo().git("tag", "v2.0.0.0");
      assertThat(SemanticRelease.latestReleaseTag(gitOf()))
          .as(
              "tags v1.2.0, v1.10.0 (annotated), v1.9.0 (made last), v1.11.0-rc.1 (pre-release),"
                  + " v2, release-3.0.0, 3.0.0 and v2.0.0.0 (not vX.Y.Z): the last release is"
                  + " v1.10.0, because 10 > 9 as numbers (as strings \"1.9.0\" > \"1.10.0\")")
          .contains("v1.10.0");
    }

    @Test
    @DisplayName("ignores tags not reachable from HEAD, and finds none in a repository without")
    void unreachableAndMissingTags() {
      firstCommit("feat: start");
      assertThat(SemanticRelease.latestReleaseTag(gitOf()))
          .as("a repository without tags has no last release")
          .isEmpty();
      repo().git("tag", "v0.1.0");
      repo().git("switch", "-q", "-c", "experiment");
      commit("feat!: rewrite");
      repo().git("tag", "v1.0.0");
      repo().git("switch", "-q", "main");
      assertThat(SemanticRelease.latestReleaseTag(gitOf()))
          .as("v1.0.0 tags a commit of the branch 'experiment', not merged into main: not ours")
          .contains("v0.1.0");
    }

    @Test
    @DisplayName("reads the commits since the tag, oldest first, with hash and whole message")
    void commitsSinceTheTag() {
      firstCommit("feat: start");
      commit("fix: before the release");
      repo().git("tag", "v1.0.0");
      String a = commit("feat(ui): a settings page\n\nWith a body\nof two lines.");
      String b = commit("docs: explain");
      String c = commit("fix: a bug\n\nCloses: #7");
      assertThat(SemanticRelease.commitsSince(gitOf(), Optional.of("v1.0.0")))
          .as(
              "the three commits after v1.0.0, oldest first, each with its full hash and message"
                  + " (the commits before the tag are released already)")
          .containsExactly(
              new Commit(a, "feat(ui): a settings page\n\nWith a body\nof two lines."),
              new Commit(b, "docs: explain"),
              new Commit(c, "fix: a bug\n\nCloses: #7"));
      assertThat(SemanticRelease.commitsSince(gitOf(), Optional.empty()))
          .as("without a tag: the whole history of HEAD, 5 commits, oldest first")
          .hasSize(5)
          .first()
          .isEqualTo(new Commit(repo().revParse("HEAD~4"), "feat: start"));
    }

    @Test
    @DisplayName("counts the commits of a merged branch, and releases them")
    void mergedBranch() {
      firstCommit("feat: start");
      repo().git("tag", "-a", "v1.0.0", "-m", "Release 1.0.0");
      repo().git("switch", "-q", "-c", "hotfix");
      String fix = commit("fix(db): close the connection");
      repo().git("switch", "-q", "main");
      repo().write("docs.md", "docs\n");
      repo().commitAll("docs: explain the release");
      repo().git("merge", "-q", "--no-ff", "-m", "Merge branch 'hotfix'", "hotfix");
      Optional<Release> release = SemanticRelease.plan(gitOf());
      assertThat(release)
          .as(
              "main has docs and a merge since v1.0.0, the merged branch has a fix: a patch"
                  + " release 1.0.1 (do not follow the first parent only)")
          .hasValueSatisfying(
              r -> {
                assertThat(r.version()).isEqualTo("1.0.1");
                assertThat(r.bump()).isEqualTo(Bump.PATCH);
                assertThat(r.previousTag()).contains("v1.0.0");
                assertThat(r.commits()).extracting(Commit::hash).contains(fix).hasSize(3);
                assertThat(r.changelog())
                    .isEqualTo(
                        "## 1.0.1\n\n### Bug fixes\n\n- **db:** close the connection ("
                            + fix.substring(0, 7)
                            + ")\n");
              });
    }

    @Test
    @DisplayName("plans the release: largest bump wins, changelog from the commits since the tag")
    void plansTheRelease() {
      firstCommit("feat: start");
      commit("feat!: an old breaking change, released already");
      repo().git("tag", "v1.9.0");
      String fix = commit("fix: a bug");
      String feat = commit("feat(cli): a flag");
      commit("test: more tests");
      Optional<Release> release = SemanticRelease.plan(gitOf());
      assertThat(release)
          .as("after v1.9.0 a fix and a feat: minor, 1.10.0 (the breaking change is older)")
          .hasValueSatisfying(
              r -> {
                assertThat(r.previousTag()).contains("v1.9.0");
                assertThat(r.bump()).isEqualTo(Bump.MINOR);
                assertThat(r.version()).isEqualTo("1.10.0");
                assertThat(r.commits()).hasSize(3);
                assertThat(r.changelog())
                    .isEqualTo(
                        "## 1.10.0\n\n### Features\n\n- **cli:** a flag ("
                            + feat.substring(0, 7)
                            + ")\n\n### Bug fixes\n\n- a bug ("
                            + fix.substring(0, 7)
                            + ")\n");
              });
    }

    @Test
    @DisplayName("a breaking change before 1.0.0 plans 0.x+1.0; nothing releasable plans nothing")
    void breakingBeforeOneAndNothingToRelease() {
      firstCommit("feat: start");
      repo().git("tag", "v0.3.1");
      commit("fix: small");
      commit("feat(api)!: new routes");
      assertThat(SemanticRelease.plan(gitOf()))
          .as("0.3.1 with a breaking change: 0.4.0, not 1.0.0")
          .hasValueSatisfying(r -> assertThat(r.version()).isEqualTo("0.4.0"))
          .hasValueSatisfying(r -> assertThat(r.bump()).isEqualTo(Bump.MAJOR));
      repo().git("tag", "v0.4.0");
      commit("docs: readme");
      commit("chore: tidy up");
      assertThat(SemanticRelease.plan(gitOf()))
          .as("only docs and chore since v0.4.0: no release")
          .isEmpty();
    }

    @Test
    @DisplayName("the first release of a repository without tags is 0.1.0")
    void firstRelease() {
      String first = firstCommit("feat: start");
      commit("chore: tooling");
      assertThat(SemanticRelease.plan(gitOf()))
          .as("no release tag: the first release, 0.1.0, with every commit of HEAD")
          .hasValueSatisfying(
              r -> {
                assertThat(r.previousTag()).isEmpty();
                assertThat(r.version()).isEqualTo("0.1.0");
                assertThat(r.commits()).hasSize(2);
                assertThat(r.changelog())
                    .isEqualTo(
                        "## 0.1.0\n\n### Features\n\n- start (" + first.substring(0, 7) + ")\n");
              });
    }
  }
}
