package dev.roadmapkit.programming.complexitybudget;

/**
 * Given: a value whose comparisons are counted. Two items are equal when their values are; {@link
 * #equals}, {@link #hashCode} and {@link #compareTo} each count one operation on the {@link
 * Operations} that made the item, so they work in {@code HashSet}, {@code HashMap}, {@code TreeMap}
 * and sorting like any value, and every use is seen.
 */
public final class Item implements Comparable<Item> {

  private final Operations operations;
  private final String value;

  Item(Operations operations, String value) {
    this.operations = operations;
    this.value = value;
  }

  @Override
  public boolean equals(Object other) {
    operations.tick();
    return other instanceof Item && ((Item) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    operations.tick();
    return value.hashCode();
  }

  @Override
  public int compareTo(Item other) {
    operations.tick();
    return value.compareTo(other.value);
  }

  /** The value, for messages; not counted, and not meant for comparing. */
  @Override
  public String toString() {
    return value;
  }
}
