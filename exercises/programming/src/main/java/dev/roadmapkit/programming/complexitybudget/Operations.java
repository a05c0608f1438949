package dev.roadmapkit.programming.complexitybudget;

/**
 * Given: counts the operations done on the {@link Item}s it made: every {@code equals}, {@code
 * hashCode} and {@code compareTo}. The tests give your code items from one of these, and compare
 * the count with a budget.
 */
public final class Operations {

  private long count;

  /** An item of {@code value} whose operations this counts. */
  public Item item(String value) {
    return new Item(this, value);
  }

  /** The operations counted since this was made, or since the last {@link #reset}. */
  public long count() {
    return count;
  }

  /** Starts counting again from 0. */
  public void reset() {
    count = 0;
  }

  void tick() {
    count++;
  }
}
