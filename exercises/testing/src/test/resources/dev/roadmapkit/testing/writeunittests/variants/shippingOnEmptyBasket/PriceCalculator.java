package dev.roadmapkit.testing.writeunittests;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

public final class PriceCalculator {

  public static final int BULK_QUANTITY = 10;

  public static final String COUPON = "SAVE5";

  public static final long COUPON_CENTS = 500;

  public static final long COUPON_MINIMUM_CENTS = 5_000;

  public static final long SHIPPING_CENTS = 499;

  public static final long FREE_SHIPPING_FROM_CENTS = 10_000;

  public Receipt price(List<Line> lines, Optional<String> coupon) {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(coupon, "coupon");
    long subtotal = 0;
    long discount = 0;
    for (Line line : lines) {
      if (line.quantity() < 1) {
        throw new IllegalArgumentException(
            "quantity of " + line.sku() + " must be at least 1, was " + line.quantity());
      }
      if (line.unitPriceCents() < 0) {
        throw new IllegalArgumentException(
            "unit price of " + line.sku() + " must not be negative, was " + line.unitPriceCents());
      }
      long lineTotal = line.unitPriceCents() * line.quantity();
      subtotal += lineTotal;
      if (line.quantity() >= BULK_QUANTITY) {
        discount += lineTotal / 10;
      }
    }
    if (coupon.isPresent()) {
      if (!coupon.get().equals(COUPON)) {
        throw new IllegalArgumentException("unknown coupon " + coupon.get());
      }
      if (subtotal - discount >= COUPON_MINIMUM_CENTS) {
        discount += COUPON_CENTS;
      }
    }
    long shipping;
    if (subtotal - discount >= FREE_SHIPPING_FROM_CENTS) {
      shipping = 0;
    } else {
      shipping = SHIPPING_CENTS;
    }
    return new Receipt(subtotal, discount, shipping, subtotal - discount + shipping);
  }
}
