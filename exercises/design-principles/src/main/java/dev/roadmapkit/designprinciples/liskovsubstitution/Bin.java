package dev.roadmapkit.designprinciples.liskovsubstitution;

import java.util.Optional;

/**
 * Exercise {@code design-principles/liskov-substitution}: a plain bin, and the base class of {@link
 * LabelledBin}.
 *
 * <p>{@code LabelledBin extends Bin} looked like a good idea: a labelled bin <em>is a</em> bin with
 * a label. But it cannot keep {@link Location}'s contract. {@code Bin.equals} accepts any {@code
 * Bin}, so a plain bin equals a labelled one on the same shelf, while the labelled bin does not
 * equal the plain one (not symmetric), and their hash codes differ. {@code LabelledBin} also
 * overrides {@code distanceTo} to add a step for scanning the label, so the distance from a
 * labelled bin to itself is 1 and depends on the direction. Code that is correct for {@code
 * Location}s, like removing duplicates from a pick list or routing a picker, gives wrong answers as
 * soon as a labelled bin is substituted.
 *
 * <p><b>Your task:</b> fix the hierarchy so that both kinds keep the contract. Prefer composition
 * over inheritance: {@code LabelledBin} no longer extends {@code Bin}; it holds a {@code Bin} (or
 * its own aisle and shelf) and implements {@link Location} itself. Records make this short, and
 * their {@code equals} and {@code hashCode} are correct by construction. Drop the extra step from
 * {@code distanceTo}: it is not part of the contract (if scanning time matters, it belongs in a
 * separate cost model). {@link Locations} keeps its methods; this class and {@code LabelledBin}
 * stay package-private.
 *
 * <p>{@code LocationContractTest} runs jqwik properties, the contract, against every
 * implementation; {@code LocationHierarchyTest} checks that no location extends another.
 */
class Bin implements Location {

  private final int aisle;
  private final int shelf;

  Bin(int aisle, int shelf) {
    if (aisle < 0 || shelf < 0) {
      throw new IllegalArgumentException(
          "aisle and shelf must not be negative, were " + aisle + " and " + shelf);
    }
    this.aisle = aisle;
    this.shelf = shelf;
  }

  @Override
  public int aisle() {
    return aisle;
  }

  @Override
  public int shelf() {
    return shelf;
  }

  @Override
  public Optional<String> label() {
    return Optional.empty();
  }

  @Override
  public int distanceTo(Location other) {
    return Math.abs(aisle - other.aisle()) + Math.abs(shelf - other.shelf());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bin bin && aisle == bin.aisle && shelf == bin.shelf;
  }

  @Override
  public int hashCode() {
    return 31 * aisle + shelf;
  }

  @Override
  public String toString() {
    return "Bin[aisle=" + aisle + ", shelf=" + shelf + "]";
  }
}
