package dev.roadmapkit.architecture.modularmonolith.orders.internal;

import dev.roadmapkit.architecture.modularmonolith.billing.api.BillingApi;
import dev.roadmapkit.architecture.modularmonolith.billing.api.Invoice;
import dev.roadmapkit.architecture.modularmonolith.catalog.api.CatalogApi;
import dev.roadmapkit.architecture.modularmonolith.catalog.api.Product;
import dev.roadmapkit.architecture.modularmonolith.orders.api.OrderConfirmation;
import dev.roadmapkit.architecture.modularmonolith.orders.api.OrdersApi;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The orders module's implementation: prices from the catalog's API, invoices and totals from
 * billing's API.
 *
 * <p>Reference solution. The key idea of a modular monolith: modules call each other in-process,
 * but only through their APIs, and the dependencies between modules form no cycle (orders uses
 * catalog and billing; neither uses orders). Each module can then change its internals freely, be
 * tested with other modules replaced by fakes, and one day be extracted into a service, because its
 * API is already the contract. The trade-off: a little more ceremony than reaching into another
 * package, and the discipline needs a test, because the compiler allows the shortcut.
 */
public final class OrderService implements OrdersApi {

  private final CatalogApi catalog;
  private final BillingApi billing;
  private final OrderIds ids = new OrderIds();
  private final Map<String, OrderConfirmation> placed = new HashMap<>();

  /** Creates the module's service on the APIs of the modules it uses. */
  public OrderService(CatalogApi catalog, BillingApi billing) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.billing = Objects.requireNonNull(billing, "billing");
  }

  @Override
  public OrderConfirmation place(String customer, String sku, int quantity) {
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
    }
    Product product =
        catalog.find(sku).orElseThrow(() -> new IllegalArgumentException("unknown product " + sku));
    long net = product.priceCents() * quantity;
    String orderId = ids.next();
    Invoice invoice = billing.invoice(orderId, customer, net);
    OrderConfirmation confirmation =
        new OrderConfirmation(orderId, invoice.grossCents(), invoice.number());

    return confirmation;
  }

  @Override
  public Optional<OrderConfirmation> find(String orderId) {
    if (!OrderIds.isValid(orderId)) {
      throw new IllegalArgumentException("not an order id: '" + orderId + "'");
    }
    return Optional.ofNullable(placed.get(orderId));
  }
}
