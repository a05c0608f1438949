package dev.roadmapkit.programming.topologicalorder;

import java.util.List;
import java.util.Map;

/**
 * Exercise {@code programming/topological-order}: put topics in an order a learner can follow,
 * every topic after all of its prerequisites.
 *
 * <p>The input maps each topic to the topics it needs first: {@code {"http": ["tcp"], "tcp":
 * ["ip"]}} gives {@code [ip, tcp, http]}. A topic that is only named as a prerequisite ({@code ip}
 * above) is a topic too, with no prerequisites of its own. A prerequisite listed twice counts once.
 *
 * <p>Use Kahn's algorithm: count, for every topic, how many prerequisites it still waits for; the
 * topics waiting for none are ready. Repeatedly take a ready topic, append it to the order, and
 * lower the count of every topic that needs it. So that the order is the same on every run, always
 * take the <em>alphabetically first</em> ready topic ({@link String#compareTo}).
 *
 * <p>When topics are left that never become ready, the prerequisites contain a cycle: throw a
 * {@link CycleException} with one cycle as a closed path in prerequisite direction, for example
 * {@code [a, b, c, a]} when a needs b, b needs c and c needs a (a topic that needs itself gives
 * {@code [a, a]}). Any one cycle will do, but it must be a real one: each topic on it needs the
 * next, and no topic appears twice except the first at the end.
 */
public final class TopologicalOrder {

  private TopologicalOrder() {}

  /**
   * Orders every topic named in {@code prerequisites} (as a key or in a value) after all of its
   * prerequisites, the alphabetically first ready topic first.
   *
   * @param prerequisites each topic and the topics it needs first
   * @return every topic exactly once, each after its prerequisites
   * @throws CycleException when the prerequisites contain a cycle, with that cycle
   */
  public static List<String> order(Map<String, List<String>> prerequisites) {
    throw new UnsupportedOperationException(
        "TODO programming/topological-order: count each topic's unplaced prerequisites, then"
            + " repeatedly place the alphabetically first topic whose count is 0 (Kahn)");
  }
}
