package dev.roadmapkit.programming.shortestpath;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Exercise {@code programming/shortest-path}: the cheapest paths from one node to every other, by
 * Dijkstra's algorithm.
 *
 * <p>Keep the best distance known so far for every node (the source at 0) and a priority queue of
 * (node, distance) entries, smallest distance first. Repeatedly take the entry with the smallest
 * distance; its node's distance is now final. <em>Relax</em> each edge leaving it: when going
 * through it is cheaper than the best distance known for the edge's end, remember the new distance
 * and the edge's start as that node's predecessor, and queue the end with its new distance.
 *
 * <p>{@link java.util.PriorityQueue} cannot lower an entry's priority, so a node may be queued
 * several times; an entry whose distance is larger than the node's best known distance is
 * <em>stale</em> and must be skipped. A test counts the calls of {@link Graph#edgesFrom}: each
 * node's edges are read at most once.
 *
 * <p>Dijkstra's algorithm is only right when no weight is negative: when an edge read during the
 * search has a negative weight, throw an {@link IllegalArgumentException} whose message names that
 * edge (its {@link Edge#toString}); do not go on with a wrong answer. A weight of 0 is fine.
 */
public final class ShortestPaths {

  private ShortestPaths() {
    // TODO programming/shortest-path: add the fields that hold the result (distances, predecessors)
  }

  /**
   * Runs Dijkstra's algorithm on {@code graph} from {@code source}.
   *
   * @throws IllegalArgumentException when {@code source} is not a node of the graph, or an edge
   *     reachable from it has a negative weight (the message names the edge)
   */
  public static ShortestPaths from(Graph graph, String source) {
    throw new UnsupportedOperationException(
        "TODO programming/shortest-path: a PriorityQueue of (node, distance), skip stale entries,"
            + " relax each edge of the node taken");
  }

  /** The length of the cheapest path from the source to {@code node}; empty when unreachable. */
  public OptionalLong distanceTo(String node) {
    throw new UnsupportedOperationException(
        "TODO programming/shortest-path: the final distance, or empty");
  }

  /**
   * The nodes of a cheapest path from the source to {@code node}, source first and {@code node}
   * last ({@code [source]} for the source itself); empty when unreachable.
   */
  public Optional<List<String>> pathTo(String node) {
    throw new UnsupportedOperationException(
        "TODO programming/shortest-path: follow the predecessors back from node, then reverse");
  }
}
