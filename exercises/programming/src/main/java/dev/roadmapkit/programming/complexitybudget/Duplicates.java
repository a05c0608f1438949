package dev.roadmapkit.programming.complexitybudget;

import java.util.List;

/**
 * Exercise {@code programming/complexity-budget}: find the values that occur more than once in a
 * list, fast enough for a large one.
 *
 * <p>Comparing every item with every other works, and costs about n²/2 comparisons: for 4096 items
 * that is over 8 million. The tests count the operations your code does on the items ({@code
 * equals}, {@code hashCode}, {@code compareTo}: see {@link Item}) and allow at most 3 · n · log2 n
 * of them (147456 for 4096 items): room for a hash set (about two operations per item) or for
 * sorting (about log2 n per item), none for a nested loop, and none for {@code List.contains} or
 * {@code indexOf} inside a loop, which is a nested loop too. Wall time is never measured, so a slow
 * machine does not matter.
 */
public final class Duplicates {

  private Duplicates() {}

  /**
   * The values that occur more than once in {@code items}, each once, in the order in which they
   * repeat: by the position of their <em>second</em> occurrence. For {@code [a, b, b, a, a]} that
   * is {@code [b, a]}. The list given is not modified.
   */
  public static List<Item> find(List<Item> items) {
    throw new UnsupportedOperationException(
        "TODO programming/complexity-budget: one pass with a HashSet of items seen and an ordered"
            + " set of the ones seen again");
  }
}
