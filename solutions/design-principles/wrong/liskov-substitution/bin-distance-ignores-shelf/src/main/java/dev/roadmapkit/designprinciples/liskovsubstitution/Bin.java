package dev.roadmapkit.designprinciples.liskovsubstitution;

import java.util.Optional;

/**
 * A plain bin.
 *
 * <p>Reference solution. The key idea: a labelled bin is not a subtype of a plain bin, because it
 * cannot add its label to equality without breaking the {@link Location} contract that plain bins
 * keep. So the two are siblings: both implement {@link Location}, and a {@link LabelledBin} holds a
 * {@code Bin} (composition) instead of extending it. As records, each kind is equal only to its own
 * kind, with matching hash codes, and there is one {@code distanceTo}. The trade-off: code that
 * wants "any bin on this shelf, labelled or not" compares {@code aisle()} and {@code shelf()}, not
 * {@code equals}, which says exactly what it means.
 */
record Bin(int aisle, int shelf) implements Location {

  Bin {
    if (aisle < 0 || shelf < 0) {
      throw new IllegalArgumentException(
          "aisle and shelf must not be negative, were " + aisle + " and " + shelf);
    }
  }

  @Override
  public Optional<String> label() {
    return Optional.empty();
  }

  @Override
  public int distanceTo(Location other) {
    return Math.abs(aisle - other.aisle());
  }
}
