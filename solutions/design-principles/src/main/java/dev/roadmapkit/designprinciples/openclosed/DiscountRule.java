package dev.roadmapkit.designprinciples.openclosed;

/**
 * One way an order can earn a discount: the extension point of {@link DiscountCalculator}.
 *
 * <p>A new promotion is a new class implementing this interface, handed to the calculator. Nobody
 * edits the calculator for it: the calculator is <em>closed</em> for modification and <em>open</em>
 * for extension.
 */
public interface DiscountRule {

  /**
   * The discount this rule gives on {@code order}, in cents.
   *
   * @return 0 when the rule does not apply; never negative
   */
  long discountCents(Order order);
}
