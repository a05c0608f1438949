package dev.roadmapkit.designprinciples.openclosed;

/** A percentage off for customers who have been with the shop for some years. */
record LoyaltyDiscount(int minimumYears, int percent) implements DiscountRule {

  @Override
  public long discountCents(Order order) {
    return order.customerYears() >= minimumYears ? order.subtotalCents() * percent / 100 : 0;
  }
}
