package dev.roadmapkit.testing.writeunittests;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Prices a shop's basket. This class is correct: the exercise is to write the tests that prove it,
 * in {@code src/test/java/dev/roadmapkit/testing/writeunittests/PriceCalculatorTest.java}. Your
 * tests are graded against this class, where every one must pass, and against buggy copies of it,
 * each of which some test must catch.
 *
 * <p>The rules, applied in this order:
 *
 * <ol>
 *   <li>Every line needs a quantity of at least 1 and a unit price of at least 0, or the basket is
 *       refused with an {@link IllegalArgumentException}.
 *   <li>The subtotal is the sum of each line's unit price times its quantity.
 *   <li>Bulk discount: a line with a quantity of {@value #BULK_QUANTITY} or more gets 10% off that
 *       line's price, rounded down to the cent (a line of 1,005 cents gets 100 off).
 *   <li>Coupon: the code {@value #COUPON} takes {@value #COUPON_CENTS} cents off when the subtotal
 *       after bulk discounts is at least {@value #COUPON_MINIMUM_CENTS} cents; below that it is
 *       accepted and does nothing. Any other code is refused with an {@link
 *       IllegalArgumentException}.
 *   <li>Shipping: {@value #SHIPPING_CENTS} cents, free when the subtotal after all discounts is at
 *       least {@value #FREE_SHIPPING_FROM_CENTS} cents, and nothing for an empty basket.
 * </ol>
 */
public final class PriceCalculator {

  /** The quantity from which a line gets its bulk discount. */
  public static final int BULK_QUANTITY = 10;

  /** The one coupon code there is. */
  public static final String COUPON = "SAVE5";

  /** What the coupon takes off, in cents. */
  public static final long COUPON_CENTS = 500;

  /** The least subtotal after bulk discounts for which the coupon takes anything off. */
  public static final long COUPON_MINIMUM_CENTS = 5_000;

  /** Shipping, in cents. */
  public static final long SHIPPING_CENTS = 499;

  /** The least subtotal after discounts that ships for free. */
  public static final long FREE_SHIPPING_FROM_CENTS = 10_000;

  /**
   * Prices a basket.
   *
   * @param lines the basket's lines; may be empty
   * @param coupon a coupon code, if the customer has one
   * @return the receipt
   * @throws IllegalArgumentException if a line has a quantity below 1 or a negative unit price, or
   *     the coupon is unknown
   */
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
    if (lines.isEmpty() || subtotal - discount >= FREE_SHIPPING_FROM_CENTS) {
      shipping = 0;
    } else {
      shipping = SHIPPING_CENTS;
    }
    return new Receipt(subtotal, discount, shipping, subtotal - discount + shipping);
  }
}
