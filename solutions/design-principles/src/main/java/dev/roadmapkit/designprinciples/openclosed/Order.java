package dev.roadmapkit.designprinciples.openclosed;

import java.util.Objects;

/**
 * What the discount rules look at. Given, not part of the task.
 *
 * @param subtotalCents the price of the goods before any discount, in cents; not negative
 * @param itemCount how many items the order holds; not negative
 * @param customerYears for how many full years the customer has been with the shop; not negative
 * @param couponCode the coupon the customer entered, or {@code ""} for none
 */
public record Order(long subtotalCents, int itemCount, int customerYears, String couponCode) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if a number is negative; the message names it
   */
  public Order {
    Objects.requireNonNull(couponCode, "couponCode (use \"\" for none)");
    if (subtotalCents < 0) {
      throw new IllegalArgumentException(
          "subtotalCents must not be negative, was " + subtotalCents);
    }
    if (itemCount < 0) {
      throw new IllegalArgumentException("itemCount must not be negative, was " + itemCount);
    }
    if (customerYears < 0) {
      throw new IllegalArgumentException(
          "customerYears must not be negative, was " + customerYears);
    }
  }
}
