package dev.roadmapkit.designprinciples.openclosed;

/** A fixed amount off for orders with the right coupon code. */
record CouponDiscount(String code, long amountCents) implements DiscountRule {

  @Override
  public long discountCents(Order order) {
    return order.couponCode().equals(code) ? amountCents : 0;
  }
}
