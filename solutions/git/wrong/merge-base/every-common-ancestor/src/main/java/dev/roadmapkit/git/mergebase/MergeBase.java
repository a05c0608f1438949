package dev.roadmapkit.git.mergebase;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reference solution. The key idea: the common ancestors of A and B are closed under "parent of"
 * (an ancestor of a common ancestor is common too), so a common ancestor is an ancestor of another
 * one exactly when it is the parent of some common ancestor. The best ones are the common ancestors
 * that no common ancestor names as a parent: two walks and one pass over the intersection, linear
 * in the size of the history. The trade-off: both walks go all the way to the roots, where git
 * stops early by commit date (its generation numbers); for a kit that is simpler and never wrong,
 * at the price of reading the whole history.
 */
public final class MergeBase {

  private MergeBase() {}

  public static Set<String> ancestors(CommitGraph graph, String id) {
    Set<String> seen = new HashSet<>();
    Deque<String> work = new ArrayDeque<>();
    work.push(id);
    seen.add(id);
    while (!work.isEmpty()) {
      for (String parent : graph.parentsOf(work.pop())) {
        if (seen.add(parent)) {
          work.push(parent);
        }
      }
    }
    return seen;
  }

  public static boolean isAncestor(CommitGraph graph, String ancestor, String descendant) {
    graph.parentsOf(ancestor);
    return ancestors(graph, descendant).contains(ancestor);
  }

  public static Set<String> all(CommitGraph graph, String a, String b) {
    Set<String> common = ancestors(graph, a);
    common.retainAll(ancestors(graph, b));
    Set<String> best = new TreeSet<>(common);
    for (String commit : common) {
      // keep them all
    }
    return best;
  }
}
