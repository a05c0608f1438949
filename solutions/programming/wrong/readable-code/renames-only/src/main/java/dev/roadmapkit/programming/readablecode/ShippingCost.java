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
   * The price of sending {@code shipment}, in cents.
   *
   * @throws IllegalArgumentException if the parcel cannot be sent (see the class comment)
   */
  public static long cents(Shipment shipment) {
    long price = 0;
    if (shipment.weightGrams() > 0) {
      if (shipment.declaredValueCents() >= 0) {
        if (shipment.zone() == Zone.DOMESTIC) {
          if (shipment.weightGrams() <= 1000) {
            price = 495;
          } else if (shipment.weightGrams() <= 5000) {
            price = 695;
          } else if (shipment.weightGrams() <= 31500) {
            price = 1095;
          } else {
            throw new IllegalArgumentException(
                "a domestic parcel weighs at most 31500 g, this one "
                    + shipment.weightGrams()
                    + " g");
          }
          if (shipment.express()) {
            price = price + 600;
          }
        } else if (shipment.zone() == Zone.EU) {
          if (shipment.weightGrams() <= 20000) {
            price = 1250;
            if (shipment.weightGrams() > 2000) {
              int extra = shipment.weightGrams() - 2000;
              int steps = extra / 500;
              if (extra % 500 != 0) {
                steps = steps + 1;
              }
              price = price + steps * 150;
            }
          } else {
            throw new IllegalArgumentException(
                "a parcel to the EU weighs at most 20000 g, this one "
                    + shipment.weightGrams()
                    + " g");
          }
          if (shipment.express()) {
            price = price * 2;
          }
        } else {
          if (shipment.weightGrams() <= 20000) {
            if (shipment.express()) {
              if (shipment.weightGrams() > 5000) {
                throw new IllegalArgumentException(
                    "express to the world takes at most 5000 g, this parcel "
                        + shipment.weightGrams()
                        + " g");
              }
            }
            price = 2900;
            if (shipment.weightGrams() > 1000) {
              price = price + (shipment.weightGrams() - 1000 + 999) / 1000 * 400;
            }
            if (shipment.express()) {
              price = price * 2;
            }
          } else {
            throw new IllegalArgumentException(
                "a parcel to the world weighs at most 20000 g, this one "
                    + shipment.weightGrams()
                    + " g");
          }
        }
        price =
            discount(
                price, shipment.memberYears(), shipment.zone() == Zone.WORLD && shipment.express());
        if (shipment.insured()) {
          long insurance = (shipment.declaredValueCents() + 99) / 100;
          if (insurance < 200) {
            insurance = 200;
          }
          price = price + insurance;
        }
        return price;
      } else {
        throw new IllegalArgumentException(
            "the declared value must not be negative, it is " + shipment.declaredValueCents());
      }
    } else {
      throw new IllegalArgumentException(
          "a parcel weighs more than 0 g, this one " + shipment.weightGrams());
    }
  }

  private static long discount(long price, int years, boolean original) {
    if (!original) {
      if (years >= 5) {
        return price - price * 15 / 100;
      } else if (years >= 2) {
        return price - price * 10 / 100;
      }
    }
    return price;
  }
}
