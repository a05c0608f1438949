package dev.roadmapkit.architecture.modularmonolith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roadmapkit.architecture.modularmonolith.billing.api.Invoice;
import dev.roadmapkit.architecture.modularmonolith.catalog.api.Product;
import dev.roadmapkit.architecture.modularmonolith.orders.api.OrderConfirmation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Guard tests: the shop, through the modules' APIs. */
@Tag("guard")
@DisplayName("architecture/modular-monolith: the shop keeps working (guard)")
class MonolithTest {

  private static final String KEEP =
      "this guard passed before your change: using the APIs instead of the internals must not"
          + " change what the shop does";

  private final Monolith shop = Monolith.start();

  @Test
  @DisplayName("an order is priced by the catalog, invoiced with 20% VAT by billing, and confirmed")
  void placesAndInvoices() {
    OrderConfirmation first = shop.orders().place("ada", "TEA-1", 3);
    OrderConfirmation second = shop.orders().place("ada", "PEN-3", 1);

    assertThat(first).as(KEEP).isEqualTo(new OrderConfirmation("ORD-1", 1620, "INV-0001"));
    assertThat(second)
        .as("%s: 1.99 plus 20%% is 2.388, rounded half up to 2.39", KEEP)
        .isEqualTo(new OrderConfirmation("ORD-2", 239, "INV-0002"));
    assertThat(shop.billing().invoicesOf("ada"))
        .as(KEEP)
        .containsExactly(
            new Invoice("INV-0001", "ORD-1", "ada", 1350, 1620),
            new Invoice("INV-0002", "ORD-2", "ada", 199, 239));
    assertThat(shop.billing().invoicesOf("grace")).as(KEEP).isEmpty();
  }

  @Test
  @DisplayName("orders can be found again by id")
  void findsOrders() {
    OrderConfirmation placed = shop.orders().place("ada", "MUG-2", 1);

    assertThat(shop.orders().find("ORD-1")).as(KEEP).contains(placed);
    assertThat(shop.orders().find("ORD-99")).as(KEEP).isEmpty();
    assertThat(catchThrowable(() -> shop.orders().find("order one")))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'order one'");
  }

  @Test
  @DisplayName("an unknown product or a quantity below 1 is refused, and nothing is invoiced")
  void refusesBadOrders() {
    assertThat(catchThrowable(() -> shop.orders().place("ada", "NOPE-0", 1)))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOPE-0");
    assertThat(catchThrowable(() -> shop.orders().place("ada", "TEA-1", 0)))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThat(shop.billing().invoicesOf("ada")).as(KEEP).isEmpty();
  }

  @Test
  @DisplayName("the catalog knows its products; billing refuses an invoice without an order id")
  void catalogAndBilling() {
    assertThat(shop.catalog().find("MUG-2")).as(KEEP).contains(new Product("MUG-2", "Mug", 1199));
    assertThat(shop.catalog().find("NOPE-0")).as(KEEP).isEmpty();
    assertThat(catchThrowable(() -> shop.billing().invoice(" ", "ada", 100)))
        .as(KEEP)
        .isInstanceOf(IllegalArgumentException.class);
  }
}
