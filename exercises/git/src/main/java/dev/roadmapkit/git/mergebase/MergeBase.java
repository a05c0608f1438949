package dev.roadmapkit.git.mergebase;

import java.util.Set;

/**
 * Exercise {@code git/merge-base}: find where two lines of history meet, as {@code git merge-base
 * --all A B} does. A three-way merge of A and B compares both with such a merge base.
 *
 * <p>Words, as git uses them:
 *
 * <ul>
 *   <li>the <em>ancestors</em> of a commit are the commit itself, its parents, their parents and so
 *       on (every parent counts, not only the first: a merge has two or more). So a commit is its
 *       own ancestor;
 *   <li>a <em>common ancestor</em> of A and B is an ancestor of both;
 *   <li>a <em>best</em> common ancestor is a common ancestor that is not an ancestor of another
 *       common ancestor. Usually there is one; after criss-cross merges (B merged into C and C into
 *       B) there are two or more; histories with no common root have none.
 * </ul>
 *
 * <p>Histories are long (hundreds of thousands of commits in a real project): walk them with a loop
 * and a work list, not recursion, and do not walk a commit's ancestors once per candidate.
 */
public final class MergeBase {

  private MergeBase() {}

  /**
   * Every ancestor of {@code id}: the commit itself and every commit reachable from it through
   * parents (all parents).
   *
   * @throws IllegalArgumentException if {@code id} is not in the graph
   */
  public static Set<String> ancestors(CommitGraph graph, String id) {
    throw new UnsupportedOperationException(
        "TODO git/merge-base: walk every parent from the commit, the commit itself included");
  }

  /**
   * Whether {@code ancestor} is an ancestor of {@code descendant}, as {@code git merge-base
   * --is-ancestor} answers it: true when they are the same commit.
   *
   * @throws IllegalArgumentException if either is not in the graph
   */
  public static boolean isAncestor(CommitGraph graph, String ancestor, String descendant) {
    throw new UnsupportedOperationException(
        "TODO git/merge-base: is the one among the ancestors of the other?");
  }

  /**
   * The best common ancestors of {@code a} and {@code b}, as {@code git merge-base --all a b}
   * prints them (as a set: the order does not matter): the common ancestors that are not an
   * ancestor of another common ancestor. {@code a} itself when {@code a} is an ancestor of {@code
   * b}; none when they share no history.
   *
   * @throws IllegalArgumentException if either is not in the graph
   */
  public static Set<String> all(CommitGraph graph, String a, String b) {
    throw new UnsupportedOperationException(
        "TODO git/merge-base: the common ancestors, without those that are ancestors of another");
  }
}
