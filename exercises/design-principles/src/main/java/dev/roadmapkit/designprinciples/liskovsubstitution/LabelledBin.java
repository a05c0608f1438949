package dev.roadmapkit.designprinciples.liskovsubstitution;

import java.util.Optional;

/**
 * A bin with a printed label. Part of the exercise {@code design-principles/liskov-substitution}:
 * see {@link Bin} for what is wrong with this hierarchy.
 */
final class LabelledBin extends Bin {

  private final String label;

  LabelledBin(int aisle, int shelf, String label) {
    super(aisle, shelf);
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("a labelled bin needs a label, was '" + label + "'");
    }
    this.label = label;
  }

  @Override
  public Optional<String> label() {
    return Optional.of(label);
  }

  /** Scanning the label takes the picker one more step. */
  @Override
  public int distanceTo(Location other) {
    return super.distanceTo(other) + 1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LabelledBin labelled
        && super.equals(labelled)
        && label.equals(labelled.label);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + label.hashCode();
  }

  @Override
  public String toString() {
    return "LabelledBin[aisle=" + aisle() + ", shelf=" + shelf() + ", label=" + label + "]";
  }
}
