package dev.roadmapkit.programming.readablecode;

import java.util.Objects;

/**
 * Given: a parcel to price.
 *
 * @param zone where it goes
 * @param weightGrams what it weighs, in grams
 * @param express whether it is sent express
 * @param insured whether it is insured for its declared value
 * @param declaredValueCents what the contents are worth, in cents
 * @param memberYears how many years the sender has been a member (0 for none)
 */
public record Shipment(
    Zone zone,
    int weightGrams,
    boolean express,
    boolean insured,
    long declaredValueCents,
    int memberYears) {

  /** Refuses a missing zone. */
  public Shipment {
    Objects.requireNonNull(zone, "zone must not be null");
  }
}
