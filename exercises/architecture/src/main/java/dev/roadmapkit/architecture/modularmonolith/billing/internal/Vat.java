package dev.roadmapkit.architecture.modularmonolith.billing.internal;

/** Billing's tax rule: 20% VAT, rounded half up to the cent. */
public final class Vat {

  private Vat() {}

  /** {@code netCents} with VAT added. */
  public static long addTo(long netCents) {
    return (netCents * 120 + 50) / 100;
  }
}
