package dev.roadmapkit.programming.readablecode;

/**
 * The starting code of {@code ShippingCost}, frozen: the guard tests compare the learner's
 * refactoring with it on thousands of shipments. Never edit it; it is the behaviour to keep.
 */
final class OriginalShippingCost {

  private OriginalShippingCost() {}

  /**
   * The price of sending {@code s}, in cents.
   *
   * @throws IllegalArgumentException if the parcel cannot be sent (see the class comment)
   */
  static long cents(Shipment s) {
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
