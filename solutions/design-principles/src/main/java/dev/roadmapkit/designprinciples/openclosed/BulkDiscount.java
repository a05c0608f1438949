package dev.roadmapkit.designprinciples.openclosed;

/** A percentage off for orders of many items. */
record BulkDiscount(int minimumItems, int percent) implements DiscountRule {

  @Override
  public long discountCents(Order order) {
    return order.itemCount() >= minimumItems ? order.subtotalCents() * percent / 100 : 0;
  }
}
