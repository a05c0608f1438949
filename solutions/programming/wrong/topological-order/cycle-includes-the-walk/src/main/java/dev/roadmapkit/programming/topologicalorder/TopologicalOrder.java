package dev.roadmapkit.programming.topologicalorder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Exercise {@code programming/topological-order}: put topics in an order a learner can follow,
 * every topic after all of its prerequisites.
 *
 * <p>Key idea: Kahn's algorithm keeps, per topic, the number of prerequisites not placed yet; a
 * topic whose count reaches 0 is ready. A sorted set of ready topics makes the order the same on
 * every run, at the price of O(log n) per step instead of O(1) with a plain queue. When the ready
 * set runs dry with topics left, every topic left still waits for another topic left, so walking
 * from one of them to an unplaced prerequisite, again and again, must come back to a topic already
 * seen: that stretch of the walk is the cycle.
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
    // Sorted, so that both the order and the cycle reported are the same on every run.
    Map<String, Set<String>> needs = new TreeMap<>();
    Map<String, List<String>> neededBy = new HashMap<>();
    prerequisites.forEach(
        (topic, required) -> {
          // A set: a prerequisite listed twice must be waited for once.
          needs.computeIfAbsent(topic, t -> new TreeSet<>()).addAll(required);
          for (String prerequisite : required) {
            needs.computeIfAbsent(prerequisite, t -> new TreeSet<>());
          }
        });
    Map<String, Integer> waitingFor = new HashMap<>();
    TreeSet<String> ready = new TreeSet<>();
    needs.forEach(
        (topic, required) -> {
          waitingFor.put(topic, required.size());
          if (required.isEmpty()) {
            ready.add(topic);
          }
          for (String prerequisite : required) {
            neededBy.computeIfAbsent(prerequisite, t -> new ArrayList<>()).add(topic);
          }
        });

    List<String> order = new ArrayList<>(needs.size());
    while (!ready.isEmpty()) {
      String topic = ready.pollFirst();
      order.add(topic);
      for (String dependent : neededBy.getOrDefault(topic, List.of())) {
        int left = waitingFor.merge(dependent, -1, Integer::sum);
        if (left == 0) {
          ready.add(dependent);
        }
      }
    }
    if (order.size() < needs.size()) {
      throw new CycleException(findCycle(needs, waitingFor));
    }
    return order;
  }

  /** Walks from an unplaced topic to an unplaced prerequisite until a topic repeats. */
  private static List<String> findCycle(
      Map<String, Set<String>> needs, Map<String, Integer> waitingFor) {
    String topic = null;
    for (String candidate : needs.keySet()) {
      if (waitingFor.get(candidate) > 0) {
        topic = candidate;
        break;
      }
    }
    LinkedHashSet<String> walk = new LinkedHashSet<>();
    while (walk.add(topic)) {
      for (String prerequisite : needs.get(topic)) {
        if (waitingFor.get(prerequisite) > 0) {
          topic = prerequisite;
          break;
        }
      }
    }
    List<String> path = new ArrayList<>(walk);
    List<String> cycle = new ArrayList<>(path);
    cycle.add(topic);
    return cycle;
  }
}
