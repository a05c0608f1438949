package dev.roadmapkit.designprinciples.openclosed;

import java.util.ArrayList;
import java.util.List;

/**
 * The shop's discount calculator: applies the largest discount any of its {@link DiscountRule}s
 * gives, never more than the subtotal.
 *
 * <p>Reference solution. The key idea: the calculator knows how discounts combine, and nothing
 * about who deserves one; each promotion is a {@link DiscountRule} of its own. A new promotion is a
 * new class, and the calculator, with its tests, stays untouched. The trade-off: rules cannot see
 * each other, so a promotion that depends on another (say, "coupons do not combine with loyalty")
 * needs a new combining policy here, which is a real change, made once, on purpose.
 */
public final class DiscountCalculator {

  private final List<DiscountRule> rules;

  /**
   * Creates a calculator that applies {@code rules}.
   *
   * @param rules the promotions, in any order; may be empty
   */
  public DiscountCalculator(List<DiscountRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The shop's promotions today: loyalty, bulk and the WELCOME10 coupon. */
  public static DiscountCalculator standard() {
    return new DiscountCalculator(
        List.of(
            new LoyaltyDiscount(3, 5),
            new BulkDiscount(10, 10),
            new CouponDiscount("WELCOME10", 1000)));
  }

  /**
   * A new calculator that applies this calculator's rules and {@code rule}. This calculator is not
   * changed.
   */
  public DiscountCalculator with(DiscountRule rule) {
    List<DiscountRule> extended = new ArrayList<>(rules);
    extended.add(rule);
    return new DiscountCalculator(extended);
  }

  /** The discount on {@code order} in cents: the largest any rule gives, at most the subtotal. */
  public long discountCents(Order order) {
    long best = 0;
    for (DiscountRule rule : rules) {
      long discount = rule.discountCents(order);
      if (discount < 0) {
        throw new IllegalStateException(
            rule.getClass().getName() + " returned a negative discount: " + discount);
      }
      best = Math.max(best, discount);
    }
    return best;
  }

  /** What the customer pays: the subtotal minus the discount, in cents. */
  public long totalCents(Order order) {
    return order.subtotalCents() - discountCents(order);
  }
}
