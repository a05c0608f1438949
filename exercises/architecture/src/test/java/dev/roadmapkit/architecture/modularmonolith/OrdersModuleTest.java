package dev.roadmapkit.architecture.modularmonolith;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmapkit.architecture.modularmonolith.billing.api.BillingApi;
import dev.roadmapkit.architecture.modularmonolith.billing.api.BillingModule;
import dev.roadmapkit.architecture.modularmonolith.billing.api.Invoice;
import dev.roadmapkit.architecture.modularmonolith.catalog.api.CatalogApi;
import dev.roadmapkit.architecture.modularmonolith.catalog.api.CatalogModule;
import dev.roadmapkit.architecture.modularmonolith.catalog.api.Product;
import dev.roadmapkit.architecture.modularmonolith.orders.api.OrdersApi;
import dev.roadmapkit.architecture.modularmonolith.orders.api.OrdersModule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A module is replaceable behind its API: the orders module, given other catalog and billing
 * modules, must use them and nothing behind them.
 */
@DisplayName("architecture/modular-monolith: the orders module uses only the APIs it is given")
class OrdersModuleTest {

  @Test
  @DisplayName("prices come from the catalog the orders module was given")
  void usesTheGivenCatalog() {
    CatalogApi saleCatalog = sku -> Optional.of(new Product(sku, "Anything on sale", 100));
    OrdersApi orders = OrdersModule.create(saleCatalog, BillingModule.create());

    assertThat(orders.place("ada", "TEA-1", 2).totalCents())
        .as(
            "this catalog sells TEA-1 at 1.00; two with 20% VAT are 2.40. Ask the CatalogApi you"
                + " were given (catalog.find(sku)), not the catalog module's internal ProductTable")
        .isEqualTo(240);
  }

  @Test
  @DisplayName("the total is the gross amount of the invoice billing issued")
  void totalsComeFromTheInvoice() {
    BillingApi taxFreeBilling =
        new BillingApi() {
          @Override
          public Invoice invoice(String orderId, String customer, long netCents) {
            return new Invoice("TAXFREE-1", orderId, customer, netCents, netCents);
          }

          @Override
          public List<Invoice> invoicesOf(String customer) {
            return List.of();
          }
        };
    OrdersApi orders = OrdersModule.create(CatalogModule.create(), taxFreeBilling);

    assertThat(orders.place("ada", "TEA-1", 1).totalCents())
        .as(
            "this billing module charges no VAT, so the total of one TEA-1 is 4.50. Tax is"
                + " billing's knowledge: take invoice.grossCents() instead of adding VAT with"
                + " billing's internal Vat class")
        .isEqualTo(450);
  }
}
