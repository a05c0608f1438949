package dev.roadmapkit.designprinciples.openclosed;

import java.util.List;

/**
 * Exercise {@code design-principles/open-closed}: the shop's discount calculator.
 *
 * <p>Today the calculator knows every promotion itself ({@link #discountCents} below): a
 * <b>loyalty</b> discount of 5% for customers of 3 years or more, a <b>bulk</b> discount of 10% for
 * 10 items or more, and a <b>coupon</b> {@code WELCOME10} worth 10.00. The customer gets the
 * largest one of them (they do not add up), and never more than the subtotal. It works, but every
 * new promotion means editing this class, re-testing every other promotion, and a merge conflict
 * whenever two teams add one in the same week.
 *
 * <p><b>Your task:</b> make the calculator open for extension and closed for modification.
 *
 * <ol>
 *   <li>Implement the constructor: keep the list of {@link DiscountRule}s.
 *   <li>Rewrite {@link #discountCents}: ask every rule for its discount, take the largest, never
 *       more than the subtotal, and 0 when no rule applies. A rule that returns a negative discount
 *       is a bug in that rule: throw an {@link IllegalStateException} naming the rule's class. The
 *       calculator must not look at anything else in the order: it does not call {@code
 *       itemCount()}, {@code customerYears()} or {@code couponCode()}, because knowing who deserves
 *       a discount is the rules' job.
 *   <li>Move each of today's three promotions into its own class implementing {@link DiscountRule}
 *       (package-private is fine), and let {@link #standard()} pass them to the constructor.
 *   <li>Implement {@link #with}: a new calculator with one more rule.
 * </ol>
 *
 * <p>The guard tests ({@code DiscountCalculatorTest}) pin today's promotions and must keep passing.
 * {@code DiscountExtensionTest} adds a promotion the shop invented later, written in the test
 * sources, and checks that the calculator applies it without having been changed for it.
 */
public final class DiscountCalculator {

  /**
   * Creates a calculator that applies {@code rules}.
   *
   * @param rules the promotions, in any order; may be empty
   */
  public DiscountCalculator(List<DiscountRule> rules) {
    throw new UnsupportedOperationException(
        "TODO design-principles/open-closed: keep a copy of the rules (List.copyOf), so that"
            + " discountCents can ask each of them");
  }

  private DiscountCalculator() {
    // The calculator as it is today: the promotions are written into discountCents.
  }

  /** The shop's promotions today: loyalty, bulk and the WELCOME10 coupon. */
  public static DiscountCalculator standard() {
    return new DiscountCalculator();
  }

  /**
   * A new calculator that applies this calculator's rules and {@code rule}. This calculator is not
   * changed.
   */
  public DiscountCalculator with(DiscountRule rule) {
    throw new UnsupportedOperationException(
        "TODO design-principles/open-closed: return a new DiscountCalculator whose rules are this"
            + " calculator's rules plus rule");
  }

  /** The discount on {@code order} in cents: the largest any rule gives, at most the subtotal. */
  public long discountCents(Order order) {
    long best = 0;
    if (order.customerYears() >= 3) {
      best = Math.max(best, order.subtotalCents() * 5 / 100);
    }
    if (order.itemCount() >= 10) {
      best = Math.max(best, order.subtotalCents() * 10 / 100);
    }
    if (order.couponCode().equals("WELCOME10")) {
      best = Math.max(best, 1000);
    }
    return Math.min(best, order.subtotalCents());
  }

  /** What the customer pays: the subtotal minus the discount, in cents. */
  public long totalCents(Order order) {
    return order.subtotalCents() - discountCents(order);
  }
}
