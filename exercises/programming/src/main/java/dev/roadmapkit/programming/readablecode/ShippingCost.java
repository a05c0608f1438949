package dev.roadmapkit.programming.readablecode;

/**
 * Exercise {@code programming/readable-code}: this calculator works, and nobody dares to touch it.
 * Refactor it so that the next person can read it, without changing what it computes.
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
 *
 * <p>The task: the tests measure every method of this package's source with a Java parser. Each
 * method may have at most 15 lines in its body, nest at most 2 levels of {@code if}, loops, {@code
 * switch} or {@code try}, and have a cyclomatic complexity of at most 5 (1, plus one for each
 * {@code if}, loop, {@code case}, {@code catch}, {@code &&}, {@code ||} and {@code ?:}). No method
 * takes a {@code boolean} flag argument, and no number other than 0 and 1 appears inside a method:
 * give it a name, as a {@code private static final} constant. The public method and its contract
 * stay as they are; add private methods (or classes in this package) as you like.
 */
public final class ShippingCost {

  private ShippingCost() {}

  /**
   * The price of sending {@code s}, in cents.
   *
   * @throws IllegalArgumentException if the parcel cannot be sent (see the class comment)
   */
  public static long cents(Shipment s) {
    long p = 0;
    if (s.weightGrams() > 0) {
      if (s.declaredValueCents() >= 0) {
        if (s.zone() == Zone.DOMESTIC) {
          if (s.weightGrams() <= 1000) {
            p = 495;
          } else if (s.weightGrams() <= 5000) {
            p = 695;
          } else if (s.weightGrams() <= 31500) {
            p = 1095;
          } else {
            throw new IllegalArgumentException(
                "a domestic parcel weighs at most 31500 g, this one " + s.weightGrams() + " g");
          }
          if (s.express()) {
            p = p + 600;
          }
        } else if (s.zone() == Zone.EU) {
          if (s.weightGrams() <= 20000) {
            p = 1250;
            if (s.weightGrams() > 2000) {
              int extra = s.weightGrams() - 2000;
              int steps = extra / 500;
              if (extra % 500 != 0) {
                steps = steps + 1;
              }
              p = p + steps * 150;
            }
          } else {
            throw new IllegalArgumentException(
                "a parcel to the EU weighs at most 20000 g, this one " + s.weightGrams() + " g");
          }
          if (s.express()) {
            p = p * 2;
          }
        } else {
          if (s.weightGrams() <= 20000) {
            if (s.express()) {
              if (s.weightGrams() > 5000) {
                throw new IllegalArgumentException(
                    "express to the world takes at most 5000 g, this parcel "
                        + s.weightGrams()
                        + " g");
              }
            }
            p = 2900;
            if (s.weightGrams() > 1000) {
              p = p + (s.weightGrams() - 1000 + 999) / 1000 * 400;
            }
            if (s.express()) {
              p = p * 2;
            }
          } else {
            throw new IllegalArgumentException(
                "a parcel to the world weighs at most 20000 g, this one " + s.weightGrams() + " g");
          }
        }
        p = discount(p, s.memberYears(), s.zone() == Zone.WORLD && s.express());
        if (s.insured()) {
          long i = (s.declaredValueCents() + 99) / 100;
          if (i < 200) {
            i = 200;
          }
          p = p + i;
        }
        return p;
      } else {
        throw new IllegalArgumentException(
            "the declared value must not be negative, it is " + s.declaredValueCents());
      }
    } else {
      throw new IllegalArgumentException(
          "a parcel weighs more than 0 g, this one " + s.weightGrams());
    }
  }

  private static long discount(long p, int years, boolean noDiscount) {
    if (!noDiscount) {
      if (years >= 5) {
        return p - p * 15 / 100;
      } else if (years >= 2) {
        return p - p * 10 / 100;
      }
    }
    return p;
  }
}
