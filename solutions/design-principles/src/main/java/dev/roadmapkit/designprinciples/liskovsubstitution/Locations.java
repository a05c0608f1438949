package dev.roadmapkit.designprinciples.liskovsubstitution;

/** Creates locations. The only public way to get one; the implementations are this package's. */
public final class Locations {

  private Locations() {}

  /**
   * A plain bin.
   *
   * @throws IllegalArgumentException if aisle or shelf is negative
   */
  public static Location bin(int aisle, int shelf) {
    return new Bin(aisle, shelf);
  }

  /**
   * A bin with a printed label.
   *
   * @throws IllegalArgumentException if aisle or shelf is negative, or the label is blank
   */
  public static Location labelledBin(int aisle, int shelf, String label) {
    return new LabelledBin(aisle, shelf, label);
  }
}
