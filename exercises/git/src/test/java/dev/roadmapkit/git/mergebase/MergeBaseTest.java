package dev.roadmapkit.git.mergebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("git/merge-base: MergeBase")
class MergeBaseTest {

  private static final String FOLDER = "/dev/roadmapkit/git/mergebase/";

  /** A - B - C - D on main, B - E - F on a topic branch. */
  private static final CommitGraph FORK = CommitGraph.of("A", "B A", "C B", "D C", "E B", "F E");

  /**
   * Criss-cross: B and C from A; M merges B and C, N merges C and B; P after M, Q after N. The best
   * common ancestors of P and Q are B and C.
   */
  private static final CommitGraph CRISS_CROSS =
      CommitGraph.of("A", "B A", "C A", "M B C", "N C B", "P M", "Q N");

  @Test
  @DisplayName("ancestors of a commit are the commit itself and everything behind it, every parent")
  void ancestors() {
    assertThat(MergeBase.ancestors(FORK, "D"))
        .as("the ancestors of D in A-B-C-D: D itself included")
        .containsExactlyInAnyOrder("A", "B", "C", "D");
    assertThat(MergeBase.ancestors(CRISS_CROSS, "N"))
        .as("the ancestors of the merge N (parents C and B): both parents' histories")
        .containsExactlyInAnyOrder("N", "C", "B", "A");
    assertThat(MergeBase.ancestors(FORK, "A")).as("a root commit's ancestors").containsExactly("A");
  }

  @Test
  @DisplayName("isAncestor answers as git merge-base --is-ancestor: a commit is its own ancestor")
  void isAncestor() {
    assertThat(MergeBase.isAncestor(FORK, "B", "D")).as("B is behind D").isTrue();
    assertThat(MergeBase.isAncestor(FORK, "D", "D")).as("D is its own ancestor").isTrue();
    assertThat(MergeBase.isAncestor(FORK, "D", "B"))
        .as("D, a descendant of B, is not behind B")
        .isFalse();
    assertThat(MergeBase.isAncestor(FORK, "E", "D")).as("E is on another branch than D").isFalse();
    assertThat(MergeBase.isAncestor(CRISS_CROSS, "B", "Q"))
        .as("B is behind Q through N's second parent")
        .isTrue();
  }

  @Test
  @DisplayName("all of two branches is the commit where they forked")
  void fork() {
    assertThat(MergeBase.all(FORK, "D", "F"))
        .as("git merge-base --all D F, where D is on A-B-C-D and F on B-E-F: they forked at B")
        .containsExactly("B");
    assertThat(MergeBase.all(FORK, "F", "D"))
        .as("the same, asked the other way")
        .containsExactly("B");
  }

  @Test
  @DisplayName("all of a commit and itself is that commit")
  void sameCommit() {
    assertThat(MergeBase.all(FORK, "C", "C"))
        .as("git merge-base --all C C: a commit is its own ancestor, so C is the best one")
        .containsExactly("C");
  }

  @Test
  @DisplayName("all of a commit and one of its descendants is the older commit, both ways round")
  void ancestorAndDescendant() {
    assertThat(MergeBase.all(FORK, "B", "D"))
        .as("git merge-base --all B D: B is an ancestor of D and of itself, the best of all")
        .containsExactly("B");
    assertThat(MergeBase.all(FORK, "D", "B")).as("git merge-base --all D B").containsExactly("B");
  }

  @Test
  @DisplayName("all after a criss-cross merge gives both merged commits")
  void crissCross() {
    assertThat(MergeBase.all(CRISS_CROSS, "P", "Q"))
        .as(
            "git merge-base --all P Q: B and C are both common ancestors, neither is an ancestor of"
                + " the other, and A is behind both (so it is not a best one)")
        .containsExactlyInAnyOrder("B", "C");
  }

  @Test
  @DisplayName("all of unrelated histories is empty")
  void unrelated() {
    CommitGraph graph = CommitGraph.of("A", "B A", "X", "Y X");
    assertThat(MergeBase.all(graph, "B", "Y"))
        .as("git merge-base --all B Y where A-B and X-Y have different roots: nothing in common")
        .isEmpty();
  }

  @Test
  @DisplayName("all drops a common ancestor that another path shows to be behind a better one")
  void commonAncestorBehindAnother() {
    // X merges the old commit A and P; B is behind P. Walking from X, A is met first (one step),
    // yet A is behind B, the one best common ancestor of X and B.
    CommitGraph graph = CommitGraph.of("A", "B A", "P B", "X A P");
    assertThat(MergeBase.all(graph, "X", "B"))
        .as(
            "git merge-base --all X B, X merging A and P (P after B after A): A is common but behind"
                + " B, so only B; the first common commit met from X is not necessarily the best")
        .containsExactly("B");
    assertThat(MergeBase.all(graph, "B", "X"))
        .as("the same, asked the other way")
        .containsExactly("B");
  }

  @Test
  @DisplayName("all follows every parent of a merge, not only the first")
  void secondParents() {
    // M merges S (second parent) into B; T continues S.
    CommitGraph graph = CommitGraph.of("A", "B A", "S A", "M B S", "T S");
    assertThat(MergeBase.all(graph, "M", "T"))
        .as("git merge-base --all M T: S is M's second parent and T's parent, so S, not A")
        .containsExactly("S");
  }

  @Test
  @DisplayName("ancestors, isAncestor and all refuse a commit that is not in the graph")
  void unknownCommit() {
    assertThatThrownBy(() -> MergeBase.all(FORK, "D", "nope"))
        .as("all(D, nope): 'nope' is not in the graph")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MergeBase.all(FORK, "nope", "D"))
        .as("all(nope, D)")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MergeBase.ancestors(FORK, "nope"))
        .as("ancestors(nope)")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MergeBase.isAncestor(FORK, "nope", "D"))
        .as("isAncestor(nope, D): an unknown commit is an error, not 'false'")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MergeBase.isAncestor(FORK, "D", "nope"))
        .as("isAncestor(D, nope)")
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName(
      "all answers for a history of 50000 commits within the time limit, without recursion")
  void longHistory() {
    Map<String, List<String>> parents = new LinkedHashMap<>();
    parents.put("c0", List.of());
    for (int i = 1; i < 50_000; i++) {
      parents.put("c" + i, List.of("c" + (i - 1)));
    }
    parents.put("side", List.of("c40000"));
    CommitGraph graph = new CommitGraph(parents);
    assertThat(MergeBase.all(graph, "c49999", "side"))
        .as(
            "the merge base of the tip of a 50000-commit line and a branch from c40000 (a walk by"
                + " recursion overflows the stack; checking each of the 40001 common ancestors"
                + " against every other one takes minutes: a common ancestor is behind another one"
                + " exactly when it is the parent of a common ancestor)")
        .containsExactly("c40000");
  }

  // Fixtures: repositories made by real git (fixtures/make-merge-base.sh), their graphs from
  // git rev-list --parents --all and git merge-base --all's answer for every pair of commits.

  private static String resource(String name) {
    try (InputStream in = MergeBaseTest.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "repository {0}")
  @ValueSource(strings = {"linear", "branch", "criss-cross", "octopus", "disjoint"})
  @DisplayName("all equals git merge-base --all for every pair of commits of real repositories")
  void realRepositories(String name) {
    CommitGraph graph = CommitGraph.parse(resource(name + ".graph"));
    Map<String, String> labels = new HashMap<>();
    resource(name + ".labels").lines().forEach(l -> labels.put(l.split(" ")[0], l.split(" ")[1]));
    List<String> wrong = new ArrayList<>();
    int pairs = 0;
    for (String line : resource(name + ".answers").split("\n")) {
      String[] sides = line.split(":", 2);
      String[] ab = sides[0].split(" ");
      Set<String> expected = new TreeSet<>();
      for (String id : sides[1].strip().split(" ")) {
        if (!id.isEmpty()) {
          expected.add(labels.get(id));
        }
      }
      Set<String> actual = new TreeSet<>();
      MergeBase.all(graph, ab[0], ab[1]).forEach(id -> actual.add(labels.getOrDefault(id, id)));
      pairs++;
      if (!actual.equals(expected)) {
        wrong.add(
            "git merge-base --all "
                + labels.get(ab[0])
                + " "
                + labels.get(ab[1])
                + " says "
                + expected
                + ", yours "
                + actual);
      }
    }
    assertThat(wrong)
        .as(
            "the pairs of the %d in repository '%s' where all() differs from git (commits named by"
                + " their messages; the history is in fixtures/make-merge-base.sh)",
            pairs, name)
        .isEmpty();
  }
}
