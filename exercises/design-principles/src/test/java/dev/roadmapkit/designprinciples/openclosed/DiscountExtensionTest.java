package dev.roadmapkit.designprinciples.openclosed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The promise of the open-closed principle, tested: promotions invented after the calculator was
 * written, in this test file, are applied by the calculator without anyone editing it.
 */
@Label("design-principles/open-closed: new promotions extend the calculator unchanged")
class DiscountExtensionTest {

  /** A promotion marketing invented after the calculator was written: 15% for students. */
  static final class StudentDiscount implements DiscountRule {
    @Override
    public long discountCents(Order order) {
      return order.couponCode().equals("STUDENT") ? order.subtotalCents() * 15 / 100 : 0;
    }
  }

  /** A broken promotion, to see that the calculator protects its own promise. */
  static final class BrokenRule implements DiscountRule {
    @Override
    public long discountCents(Order order) {
      return -1;
    }
  }

  private static Order order(long subtotal, String coupon) {
    return new Order(subtotal, 1, 0, coupon);
  }

  private static DiscountRule fixed(long cents) {
    return order -> cents;
  }

  @Test
  @DisplayName("a promotion written in the test sources is applied by the calculator")
  void appliesANewRule() {
    DiscountCalculator calculator = new DiscountCalculator(List.of(new StudentDiscount()));

    assertThat(calculator.discountCents(order(10000, "STUDENT")))
        .as(
            "new DiscountCalculator(List.of(new StudentDiscount())) must ask StudentDiscount:"
                + " 15% of 100.00 is 1500 cents. The calculator must call"
                + " rule.discountCents(order) for each rule it was given")
        .isEqualTo(1500);
    assertThat(calculator.discountCents(order(10000, "WELCOME10")))
        .as(
            "this calculator has only StudentDiscount: the standard WELCOME10 coupon is not one"
                + " of its rules, so no discount")
        .isZero();
  }

  @Test
  @DisplayName("with(rule) adds a promotion to the standard ones and leaves the original alone")
  void extendsTheStandardPromotions() {
    DiscountCalculator standard = DiscountCalculator.standard();

    DiscountCalculator extended = standard.with(new StudentDiscount());

    assertThat(extended.discountCents(order(10000, "STUDENT")))
        .as("standard().with(new StudentDiscount()) must apply the student discount: 1500")
        .isEqualTo(1500);
    assertThat(extended.discountCents(order(10000, "WELCOME10")))
        .as(
            "standard().with(...) must keep the standard promotions: WELCOME10 is still 1000."
                + " Make standard() pass LoyaltyDiscount, BulkDiscount and CouponDiscount rules")
        .isEqualTo(1000);
    assertThat(extended.discountCents(new Order(10000, 10, 0, "")))
        .as("standard().with(...) must keep the bulk promotion: 10 items, 10%")
        .isEqualTo(1000);
    assertThat(extended.discountCents(new Order(10000, 1, 3, "")))
        .as("standard().with(...) must keep the loyalty promotion: 3 years, 5%")
        .isEqualTo(500);
    assertThat(standard.discountCents(order(10000, "STUDENT")))
        .as(
            "with(rule) must return a NEW calculator: the original standard() calculator must"
                + " not have gained the student discount")
        .isZero();
  }

  @Test
  @DisplayName("the largest discount wins, whatever the order of the rules")
  void largestWins() {
    List<DiscountRule> rules = new ArrayList<>(List.of(fixed(300), fixed(700), fixed(500)));
    for (int i = 0; i < rules.size(); i++) {
      Collections.rotate(rules, 1);

      assertThat(new DiscountCalculator(rules).discountCents(order(10000, "")))
          .as(
              "rules giving 300, 700 and 500 cents (rotated %d times): discounts do not add up,"
                  + " the largest, 700, applies",
              i + 1)
          .isEqualTo(700);
    }
  }

  @Test
  @DisplayName("without rules there is no discount")
  void noRulesNoDiscount() {
    DiscountCalculator calculator = new DiscountCalculator(List.of());

    assertThat(calculator.discountCents(new Order(10000, 50, 10, "WELCOME10")))
        .as(
            "a calculator with no rules must give no discount, even on an order the standard"
                + " promotions would reward: the calculator itself knows no promotion")
        .isZero();
    assertThat(calculator.totalCents(order(10000, ""))).isEqualTo(10000);
  }

  @Test
  @DisplayName("a discount is never more than the subtotal")
  void neverMoreThanTheSubtotal() {
    DiscountCalculator calculator = new DiscountCalculator(List.of(fixed(5000)));

    assertThat(calculator.discountCents(order(1200, "")))
        .as("a rule offers 50.00 on a 12.00 order: the discount must stop at the subtotal, 1200")
        .isEqualTo(1200);
    assertThat(calculator.totalCents(order(1200, "")))
        .as("and the customer pays 0, never a negative amount")
        .isZero();
  }

  @Test
  @DisplayName("a rule that returns a negative discount is reported, naming the rule")
  void negativeDiscountIsABug() {
    DiscountCalculator calculator = new DiscountCalculator(List.of(fixed(100), new BrokenRule()));

    assertThat(catchThrowable(() -> calculator.discountCents(order(10000, ""))))
        .as(
            "DiscountRule promises never to return a negative discount; when a rule breaks that"
                + " promise, throw IllegalStateException naming the rule's class, so the bug is"
                + " found in the rule and not in the customer's bill")
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("BrokenRule");
  }

  @Test
  @DisplayName("the calculator keeps its own copy of the rules")
  void copiesTheRules() {
    List<DiscountRule> rules = new ArrayList<>(List.of(fixed(100)));
    DiscountCalculator calculator = new DiscountCalculator(rules);

    rules.add(fixed(900));

    assertThat(calculator.discountCents(order(10000, "")))
        .as(
            "adding to the caller's list after construction must not change the calculator:"
                + " keep List.copyOf(rules)")
        .isEqualTo(100);
  }

  @Property(tries = 200)
  @Label("for any rules, the discount is the largest rule's discount, capped at the subtotal")
  void discountIsTheCappedMaximum(
      @ForAll @Size(max = 5) List<@LongRange(min = 0, max = 50_000) Long> offers,
      @ForAll @LongRange(min = 0, max = 40_000) long subtotal) {
    List<DiscountRule> rules = offers.stream().map(DiscountExtensionTest::fixed).toList();
    long largest = offers.stream().mapToLong(Long::longValue).max().orElse(0);

    assertThat(new DiscountCalculator(rules).discountCents(order(subtotal, "")))
        .as("rules offering %s on a subtotal of %d", offers, subtotal)
        .isEqualTo(Math.min(largest, subtotal));
  }
}
