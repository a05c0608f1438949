package dev.roadmapkit.git.mergebase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A commit graph: every commit's id and the ids of its parents, in order (the first parent first).
 * Given: do not change.
 *
 * <p>The graph is closed: every parent is itself a commit of the graph, as in the output of {@code
 * git rev-list --parents --all}. Ids are any non-empty words (git's are 40 hex digits; the tests'
 * own small graphs use letters).
 *
 * @param parents each commit's parents; a root commit has none, a merge two or more
 */
public record CommitGraph(Map<String, List<String>> parents) {

  public CommitGraph {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    parents.forEach((id, ps) -> copy.put(id, List.copyOf(ps)));
    for (Map.Entry<String, List<String>> commit : copy.entrySet()) {
      if (commit.getKey().isEmpty() || commit.getKey().contains(" ")) {
        throw new IllegalArgumentException(
            "a commit id is one word, not '" + commit.getKey() + "'");
      }
      for (String parent : commit.getValue()) {
        if (!copy.containsKey(parent)) {
          throw new IllegalArgumentException(
              "commit " + commit.getKey() + " has the parent " + parent + ", not in the graph");
        }
        if (parent.equals(commit.getKey())) {
          throw new IllegalArgumentException("commit " + parent + " is its own parent");
        }
      }
    }
    parents = Collections.unmodifiableMap(copy);
  }

  /**
   * The graph that {@code git rev-list --parents --all} printed: one commit a line, its id then its
   * parents' ids, separated by spaces.
   */
  public static CommitGraph parse(String revListParents) {
    Map<String, List<String>> parents = new LinkedHashMap<>();
    for (String line : revListParents.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      List<String> words = new ArrayList<>(Arrays.asList(line.strip().split(" +")));
      parents.put(words.remove(0), words);
    }
    return new CommitGraph(parents);
  }

  /** A graph written as lines like {@code "D B C"}: commit D with the parents B and C. */
  public static CommitGraph of(String... lines) {
    return parse(String.join("\n", lines));
  }

  /**
   * The parents of a commit, the first parent first.
   *
   * @throws IllegalArgumentException if the commit is not in the graph
   */
  public List<String> parentsOf(String id) {
    List<String> ps = parents.get(Objects.requireNonNull(id, "id"));
    if (ps == null) {
      throw new IllegalArgumentException("commit " + id + " is not in the graph");
    }
    return ps;
  }

  /** Whether the graph has this commit. */
  public boolean contains(String id) {
    return parents.containsKey(id);
  }

  /** Every commit's id. */
  public Set<String> ids() {
    return parents.keySet();
  }
}
