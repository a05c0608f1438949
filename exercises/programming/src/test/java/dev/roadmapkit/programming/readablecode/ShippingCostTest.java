package dev.roadmapkit.programming.readablecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guard tests: what the calculator computes today. They pass on the starting code and must keep
 * passing through every step of the refactoring; the frozen {@link OriginalShippingCost} is the
 * second opinion on thousands of shipments.
 */
@Label("programming/readable-code: the prices stay as they were (guard)")
class ShippingCostTest {

  private static final String GUARD = "guard";

  private static final String KEEP =
      "this guard passed before your refactoring, so a step changed what the calculator"
          + " computes; undo the last step, or compare it with the class comment: ";

  @ParameterizedTest(name = "{0} {1} g, express {2}, insured {3} for {4}, member {5} years: {6}")
  @CsvSource({
    "DOMESTIC, 1, false, false, 0, 0, 495",
    "DOMESTIC, 1000, false, false, 0, 0, 495",
    "DOMESTIC, 1001, false, false, 0, 0, 695",
    "DOMESTIC, 5000, false, false, 0, 0, 695",
    "DOMESTIC, 5001, false, false, 0, 0, 1095",
    "DOMESTIC, 31500, false, false, 0, 0, 1095",
    "DOMESTIC, 1000, true, false, 0, 0, 1095",
    "DOMESTIC, 5001, true, false, 0, 0, 1695",
    "EU, 1, false, false, 0, 0, 1250",
    "EU, 2000, false, false, 0, 0, 1250",
    "EU, 2001, false, false, 0, 0, 1400",
    "EU, 2500, false, false, 0, 0, 1400",
    "EU, 2501, false, false, 0, 0, 1550",
    "EU, 20000, false, false, 0, 0, 6650",
    "EU, 2001, true, false, 0, 0, 2800",
    "WORLD, 1, false, false, 0, 0, 2900",
    "WORLD, 1000, false, false, 0, 0, 2900",
    "WORLD, 1001, false, false, 0, 0, 3300",
    "WORLD, 2000, false, false, 0, 0, 3300",
    "WORLD, 2001, false, false, 0, 0, 3700",
    "WORLD, 20000, false, false, 0, 0, 10500",
    "WORLD, 5000, true, false, 0, 0, 9000",
    "DOMESTIC, 1000, false, false, 0, 1, 495",
    "DOMESTIC, 1000, false, false, 0, 2, 446",
    "DOMESTIC, 1000, false, false, 0, 4, 446",
    "DOMESTIC, 1000, false, false, 0, 5, 421",
    "DOMESTIC, 1000, false, false, 0, 30, 421",
    "WORLD, 1000, false, false, 0, 5, 2465",
    "WORLD, 1000, true, false, 0, 5, 5800",
    "WORLD, 1000, true, false, 0, 2, 5800",
    "EU, 2000, true, false, 0, 2, 2250",
    "DOMESTIC, 1000, false, true, 0, 0, 695",
    "DOMESTIC, 1000, false, true, 20000, 0, 695",
    "DOMESTIC, 1000, false, true, 20001, 0, 696",
    "DOMESTIC, 1000, false, true, 20100, 0, 696",
    "DOMESTIC, 1000, false, true, 20101, 0, 697",
    "DOMESTIC, 1000, false, true, 100000, 0, 1495",
    "DOMESTIC, 1000, false, false, 100000, 0, 495",
    "DOMESTIC, 1000, false, true, 100000, 5, 1421",
  })
  @org.junit.jupiter.api.Tag(GUARD)
  @DisplayName("prices of known shipments (guard)")
  void knownPrices(
      Zone zone,
      int grams,
      boolean express,
      boolean insured,
      long value,
      int years,
      long expected) {
    Shipment shipment = new Shipment(zone, grams, express, insured, value, years);
    assertThat(ShippingCost.cents(shipment))
        .as(KEEP + "the price of %s", shipment)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} g, express {2}, value {3}: \"{4}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "DOMESTIC | 0 | false | 0 | a parcel weighs more than 0 g, this one 0",
        "EU | -5 | false | 0 | a parcel weighs more than 0 g, this one -5",
        "WORLD | 0 | true | -1 | a parcel weighs more than 0 g, this one 0",
        "DOMESTIC | 1 | false | -1 | the declared value must not be negative, it is -1",
        "DOMESTIC | 31501 | false | 0 | a domestic parcel weighs at most 31500 g, this one 31501 g",
        "EU | 20001 | false | 0 | a parcel to the EU weighs at most 20000 g, this one 20001 g",
        "WORLD | 20001 | false | 0 | a parcel to the world weighs at most 20000 g, this one 20001 g",
        "WORLD | 20001 | true | 0 | a parcel to the world weighs at most 20000 g, this one 20001 g",
        "WORLD | 5001 | true | 0 | express to the world takes at most 5000 g, this parcel 5001 g",
      })
  @org.junit.jupiter.api.Tag(GUARD)
  @DisplayName("refusals, with their messages (guard)")
  void refusals(Zone zone, int grams, boolean express, long value, String message) {
    Shipment shipment = new Shipment(zone, grams, express, true, value, 3);
    assertThatIllegalArgumentException()
        .as(KEEP + "%s must be refused with the same message", shipment)
        .isThrownBy(() -> ShippingCost.cents(shipment))
        .withMessage(message);
  }

  private static final int[] GRAMS = {
    -1, 0, 1, 999, 1000, 1001, 1999, 2000, 2001, 2499, 2500, 2501, 2999, 3000, 3001, 4999, 5000,
    5001, 12345, 19999, 20000, 20001, 31499, 31500, 31501
  };
  private static final long[] VALUES = {-1, 0, 1, 19999, 20000, 20001, 20099, 20100, 123456};
  private static final int[] YEARS = {0, 1, 2, 3, 4, 5, 6};

  @Test
  @org.junit.jupiter.api.Tag(GUARD)
  @DisplayName("agrees with the original on every combination of boundary values (guard)")
  void agreesOnBoundaries() {
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (Zone zone : Zone.values()) {
      for (int grams : GRAMS) {
        for (long value : VALUES) {
          for (int years : YEARS) {
            for (int flags = 0; flags < 4; flags++) {
              Shipment shipment =
                  new Shipment(zone, grams, (flags & 1) != 0, (flags & 2) != 0, value, years);
              compared++;
              difference(shipment).ifPresent(differences::add);
            }
          }
        }
      }
    }
    assertThat(differences)
        .withFailMessage(
            "%s%d of %d shipments now differ from the original, for example:%n  %s",
            KEEP,
            differences.size(),
            compared,
            String.join("\n  ", differences.subList(0, Math.min(8, differences.size()))))
        .isEmpty();
  }

  @Property(tries = 300)
  @Tag(GUARD)
  @Label("agrees with the original on random shipments (guard)")
  void agreesOnRandomShipments(
      @ForAll Zone zone,
      @ForAll("grams") int grams,
      @ForAll boolean express,
      @ForAll boolean insured,
      @ForAll @LongRange(min = -10, max = 1_000_000) long value,
      @ForAll @IntRange(min = 0, max = 40) int years) {
    Shipment shipment = new Shipment(zone, grams, express, insured, value, years);
    assertThat(difference(shipment)).as(KEEP).isEmpty();
  }

  @Provide
  Arbitrary<Integer> grams() {
    return Arbitraries.integers().between(-10, 32_000);
  }

  private static java.util.Optional<String> difference(Shipment shipment) {
    String original = outcome(() -> OriginalShippingCost.cents(shipment));
    String yours = outcome(() -> ShippingCost.cents(shipment));
    return original.equals(yours)
        ? java.util.Optional.empty()
        : java.util.Optional.of(shipment + ": the original gave " + original + ", yours " + yours);
  }

  private static String outcome(java.util.function.LongSupplier price) {
    try {
      return price.getAsLong() + " cents";
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + "(\"" + e.getMessage() + "\")";
    }
  }
}
