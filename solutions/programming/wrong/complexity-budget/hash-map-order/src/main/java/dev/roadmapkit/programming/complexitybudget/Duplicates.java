package dev.roadmapkit.programming.complexitybudget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exercise {@code programming/complexity-budget}: find the values that occur more than once in a
 * list, fast enough for a large one.
 *
 * <p>Key idea: a hash set answers "seen before?" in O(1) expected time, so one pass is O(n) instead
 * of the O(n²) of comparing every pair. It costs O(n) memory and relies on a good {@code hashCode};
 * sorting would need O(n log n) comparisons and loses the order of the input. A second, ordered set
 * keeps each duplicate once, in the order found.
 */
public final class Duplicates {

  private Duplicates() {}

  /**
   * The values that occur more than once in {@code items}, each once, in the order in which they
   * repeat: by the position of their <em>second</em> occurrence. For {@code [a, b, b, a, a]} that
   * is {@code [b, a]}. The list given is not modified.
   */
  public static List<Item> find(List<Item> items) {
    Map<Item, Integer> counts = new HashMap<>();
    for (Item item : items) {
      counts.merge(item, 1, Integer::sum);
    }
    List<Item> repeated = new ArrayList<>();
    counts.forEach(
        (item, count) -> {
          if (count > 1) {
            repeated.add(item);
          }
        });
    return List.copyOf(repeated);
  }
}
