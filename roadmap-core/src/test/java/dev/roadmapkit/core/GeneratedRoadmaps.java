package dev.roadmapkit.core;

import dev.roadmapkit.core.model.Roadmap;
import dev.roadmapkit.core.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates roadmaps whose sections form a random directed acyclic graph of prerequisites, listed
 * in a random file order, and such roadmaps with one cycle injected.
 */
public final class GeneratedRoadmaps {

  private GeneratedRoadmaps() {}

  /**
   * A generated roadmap: section {@code s<k>} is node k; in the hidden rank, node k may only
   * require nodes with a smaller number, so the graph is acyclic unless a cycle was injected.
   *
   * @param roadmap the roadmap
   * @param requires for each node, the nodes it requires
   * @param injectedCycle the injected cycle's nodes, each requiring the next and the last the
   *     first; empty if none
   */
  public record Graph(Roadmap roadmap, List<List<Integer>> requires, List<Integer> injectedCycle) {}

  /** Acyclic graphs of 1 to 12 sections in a random file order. */
  public static Arbitrary<Graph> acyclic() {
    return Arbitraries.integers()
        .between(1, 12)
        .flatMap(
            size ->
                Combinators.combine(
                        Arbitraries.integers().between(0, 99).list().ofSize(size * size),
                        Arbitraries.integers().between(10, 60),
                        Arbitraries.shuffle(IntStream.range(0, size).boxed().toList()))
                    .as(
                        (dice, density, fileOrder) ->
                            build(size, dice, density, fileOrder, List.of())));
  }

  /** Graphs as {@link #acyclic()} with one cycle of 1 to all nodes injected (1 is a self-loop). */
  public static Arbitrary<Graph> withCycle() {
    return acyclic()
        .flatMap(
            graph -> {
              int size = graph.requires().size();
              return Combinators.combine(
                      Arbitraries.shuffle(IntStream.range(0, size).boxed().toList()),
                      Arbitraries.integers().between(1, size))
                  .as(
                      (nodes, length) -> {
                        List<Integer> cycle = List.copyOf(nodes.subList(0, length));
                        List<List<Integer>> requires = new ArrayList<>();
                        graph.requires().forEach(r -> requires.add(new ArrayList<>(r)));
                        for (int i = 0; i < cycle.size(); i++) {
                          int from = cycle.get(i);
                          int to = cycle.get((i + 1) % cycle.size());
                          if (!requires.get(from).contains(to)) {
                            requires.get(from).add(to);
                          }
                        }
                        return new Graph(
                            roadmap(requires, fileOrder(graph.roadmap())), requires, cycle);
                      });
            });
  }

  private static Graph build(
      int size, List<Integer> dice, int density, List<Integer> fileOrder, List<Integer> cycle) {
    List<List<Integer>> requires = new ArrayList<>();
    for (int node = 0; node < size; node++) {
      List<Integer> required = new ArrayList<>();
      for (int earlier = 0; earlier < node; earlier++) {
        if (dice.get(node * size + earlier) < density) {
          required.add(earlier);
        }
      }
      requires.add(required);
    }
    return new Graph(roadmap(requires, fileOrder), requires, cycle);
  }

  private static List<Integer> fileOrder(Roadmap roadmap) {
    return roadmap.sections().stream()
        .map(section -> Integer.parseInt(section.id().value().substring(1)))
        .toList();
  }

  private static Roadmap roadmap(List<List<Integer>> requires, List<Integer> fileOrder) {
    List<Section> sections = new ArrayList<>();
    for (int node : fileOrder) {
      sections.add(
          SampleRoadmap.section(
              "s" + node, requires.get(node).stream().map(r -> "s" + r).toArray(String[]::new)));
    }
    return new Roadmap("Generated", sections);
  }

  /** The node number of a generated section id such as {@code s7}. */
  public static int node(Section section) {
    return Integer.parseInt(section.id().value().substring(1));
  }
}
