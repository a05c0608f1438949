package dev.roadmapkit.programming.readablecode;

/**
 * Exercise {@code programming/readable-code}: the shipping-cost calculator, refactored.
 *
 * <p>Key idea: refuse the bad cases first (guard clauses), so the rest needs no {@code else}; then
 * one small method per rule, each named for the rule, and every number named for what it is. The
 * price is the postage of the zone, less the member discount, plus the insurance; {@link #cents}
 * reads as that sentence. The trade-off: more methods to jump between, each of which can be read,
 * and checked against the rules, on its own.
 *
 * <p>What it computes (the tests hold it to this, to the cent, and to every message):
 *
 * <ul>
 *   <li>Refused with {@code IllegalArgumentException}: a weight of 0 g or less, a negative declared
 *       value, a parcel over the zone's limit (domestic 31500 g, EU and world 20000 g), and express
 *       to the world over 5000 g.
 *   <li>Domestic: 495 cents up to 1000 g, 695 up to 5000 g, 1095 above; express adds 600.
 *   <li>EU: 1250 cents up to 2000 g, then 150 more for every started 500 g above 2000 g; express
 *       doubles it.
 *   <li>World: 2900 cents up to 1000 g, then 400 more for every started 1000 g above 1000 g;
 *       express doubles it.
 *   <li>Members: 15% off the postage after 5 years or more, 10% off after 2 years or more, rounded
 *       down in the member's favour (the discount is rounded down, so the price is rounded up);
 *       never on express to the world.
 *   <li>Insured: 1% of the declared value, rounded up to the cent, at least 200 cents, added after
 *       the discount.
 * </ul>
 */
public final class ShippingCost {

  private static final int DOMESTIC_MAX_GRAMS = 31_500;
  private static final int DOMESTIC_SMALL_GRAMS = 1_000;
  private static final int DOMESTIC_MEDIUM_GRAMS = 5_000;
  private static final long DOMESTIC_SMALL_CENTS = 495;
  private static final long DOMESTIC_MEDIUM_CENTS = 695;
  private static final long DOMESTIC_LARGE_CENTS = 1_095;
  private static final long DOMESTIC_EXPRESS_CENTS = 600;

  private static final int EU_MAX_GRAMS = 20_000;
  private static final int EU_BASE_GRAMS = 2_000;
  private static final long EU_BASE_CENTS = 1_250;
  private static final int EU_STEP_GRAMS = 500;
  private static final long EU_STEP_CENTS = 150;

  private static final int WORLD_MAX_GRAMS = 20_000;
  private static final int WORLD_EXPRESS_MAX_GRAMS = 5_000;
  private static final int WORLD_BASE_GRAMS = 1_000;
  private static final long WORLD_BASE_CENTS = 2_900;
  private static final int WORLD_STEP_GRAMS = 1_000;
  private static final long WORLD_STEP_CENTS = 400;

  private static final int EXPRESS_FACTOR = 2;

  private static final int LOYAL_MEMBER_YEARS = 5;
  private static final int LOYAL_MEMBER_PERCENT = 15;
  private static final int MEMBER_YEARS = 2;
  private static final int MEMBER_PERCENT = 10;

  private static final long INSURANCE_DIVISOR = 100;
  private static final long INSURANCE_MINIMUM_CENTS = 200;
  private static final int PERCENT = 100;

  private ShippingCost() {}

  /**
   * The price of sending {@code s}, in cents.
   *
   * @throws IllegalArgumentException if the parcel cannot be sent (see the class comment)
   */
  public static long cents(Shipment s) {
    refuseImpossible(s);
    long postage = s.insured() ? postage(s) + insurance(s.declaredValueCents()) : postage(s);
    if (discountApplies(s)) {
      postage -= postage * discountPercent(s.memberYears()) / PERCENT;
    }
    return postage;
  }

  private static void refuseImpossible(Shipment s) {
    if (s.weightGrams() <= 0) {
      throw new IllegalArgumentException(
          "a parcel weighs more than 0 g, this one " + s.weightGrams());
    }
    if (s.declaredValueCents() < 0) {
      throw new IllegalArgumentException(
          "the declared value must not be negative, it is " + s.declaredValueCents());
    }
  }

  private static long postage(Shipment s) {
    return switch (s.zone()) {
      case DOMESTIC -> domestic(s);
      case EU -> eu(s);
      case WORLD -> world(s);
    };
  }

  private static long domestic(Shipment s) {
    refuseOver(DOMESTIC_MAX_GRAMS, s, "a domestic parcel");
    long postage = domesticByWeight(s.weightGrams());
    return s.express() ? postage + DOMESTIC_EXPRESS_CENTS : postage;
  }

  private static long domesticByWeight(int grams) {
    if (grams <= DOMESTIC_SMALL_GRAMS) {
      return DOMESTIC_SMALL_CENTS;
    }
    return grams <= DOMESTIC_MEDIUM_GRAMS ? DOMESTIC_MEDIUM_CENTS : DOMESTIC_LARGE_CENTS;
  }

  private static long eu(Shipment s) {
    refuseOver(EU_MAX_GRAMS, s, "a parcel to the EU");
    long postage =
        EU_BASE_CENTS
            + startedSteps(s.weightGrams() - EU_BASE_GRAMS, EU_STEP_GRAMS) * EU_STEP_CENTS;
    return s.express() ? postage * EXPRESS_FACTOR : postage;
  }

  private static long world(Shipment s) {
    refuseOver(WORLD_MAX_GRAMS, s, "a parcel to the world");
    if (s.express() && s.weightGrams() > WORLD_EXPRESS_MAX_GRAMS) {
      throw new IllegalArgumentException(
          "express to the world takes at most "
              + WORLD_EXPRESS_MAX_GRAMS
              + " g, this parcel "
              + s.weightGrams()
              + " g");
    }
    long postage =
        WORLD_BASE_CENTS
            + startedSteps(s.weightGrams() - WORLD_BASE_GRAMS, WORLD_STEP_GRAMS) * WORLD_STEP_CENTS;
    return s.express() ? postage * EXPRESS_FACTOR : postage;
  }

  private static void refuseOver(int maxGrams, Shipment s, String what) {
    if (s.weightGrams() > maxGrams) {
      throw new IllegalArgumentException(
          what + " weighs at most " + maxGrams + " g, this one " + s.weightGrams() + " g");
    }
  }

  /** How many steps of {@code step} grams {@code extraGrams} starts; none for 0 or less. */
  private static long startedSteps(int extraGrams, int step) {
    return Math.max(0, extraGrams + step - 1) / step;
  }

  /** Express to the world is priced without a member discount. */
  private static boolean discountApplies(Shipment s) {
    return !(s.zone() == Zone.WORLD && s.express());
  }

  private static int discountPercent(int memberYears) {
    if (memberYears >= LOYAL_MEMBER_YEARS) {
      return LOYAL_MEMBER_PERCENT;
    }
    return memberYears >= MEMBER_YEARS ? MEMBER_PERCENT : 0;
  }

  /** 1% of the declared value, rounded up to the cent, and never less than the minimum. */
  private static long insurance(long declaredValueCents) {
    long onePercent = (declaredValueCents + INSURANCE_DIVISOR - 1) / INSURANCE_DIVISOR;
    return Math.max(onePercent, INSURANCE_MINIMUM_CENTS);
  }
}
