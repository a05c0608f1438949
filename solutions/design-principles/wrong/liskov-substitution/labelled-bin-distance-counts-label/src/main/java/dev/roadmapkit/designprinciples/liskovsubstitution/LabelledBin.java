package dev.roadmapkit.designprinciples.liskovsubstitution;

import java.util.Optional;

/** A bin with a printed label: a {@link Bin} and a label, by composition. */
record LabelledBin(Bin bin, String printedLabel) implements Location {

  LabelledBin {
    if (printedLabel == null || printedLabel.isBlank()) {
      throw new IllegalArgumentException(
          "a labelled bin needs a label, was '" + printedLabel + "'");
    }
  }

  LabelledBin(int aisle, int shelf, String label) {
    this(new Bin(aisle, shelf), label);
  }

  @Override
  public int aisle() {
    return bin.aisle();
  }

  @Override
  public int shelf() {
    return bin.shelf();
  }

  @Override
  public Optional<String> label() {
    return Optional.of(printedLabel);
  }

  @Override
  public int distanceTo(Location other) {
    return bin.distanceTo(other) + 1;
  }
}
