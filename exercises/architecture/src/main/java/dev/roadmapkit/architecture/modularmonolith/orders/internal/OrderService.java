package dev.roadmapkit.architecture.modularmonolith.orders.internal;

import dev.roadmapkit.architecture.modularmonolith.billing.api.BillingApi;
import dev.roadmapkit.architecture.modularmonolith.billing.api.Invoice;
import dev.roadmapkit.architecture.modularmonolith.billing.internal.Vat;
import dev.roadmapkit.architecture.modularmonolith.catalog.api.CatalogApi;
import dev.roadmapkit.architecture.modularmonolith.catalog.api.Product;
import dev.roadmapkit.architecture.modularmonolith.catalog.internal.ProductTable;
import dev.roadmapkit.architecture.modularmonolith.orders.api.OrderConfirmation;
import dev.roadmapkit.architecture.modularmonolith.orders.api.OrdersApi;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Exercise {@code architecture/modular-monolith}: the orders module's implementation.
 *
 * <p>The shop is one deployable (a monolith) built from three modules. A module is used by others
 * only through its {@code api} package; its {@code internal} package is its own, free to change at
 * any time. And modules must not depend on each other in a cycle, or they cannot be understood,
 * tested or one day extracted into services one at a time. Three shortcuts break this:
 *
 * <ol>
 *   <li>{@link #place} reads prices from the catalog's internal {@code ProductTable} instead of
 *       asking the {@link CatalogApi} it was given (so a catalog with other prices is ignored);
 *   <li>{@link #place} adds VAT with billing's internal {@code Vat} instead of taking the gross
 *       amount from the {@link Invoice} that billing returns;
 *   <li>billing's internal {@code BillingService} checks order ids with this module's internal
 *       {@link OrderIds}: billing depends on orders, orders on billing, a cycle. Billing only needs
 *       to know that an order id is there (not blank); its form is the orders module's business.
 * </ol>
 *
 * <p><b>Your task:</b> remove the three shortcuts, using only the modules' APIs, without changing a
 * public signature. {@code MonolithTest} (guard) keeps the behaviour. {@code ModuleRulesTest}
 * (ArchUnit) checks that module slices are free of cycles and that no module uses another's
 * internal package; {@code OrdersModuleTest} gives the orders module other catalog and billing
 * modules and checks that it uses them.
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
        ProductTable.lookup(sku)
            .orElseThrow(() -> new IllegalArgumentException("unknown product " + sku));
    long net = product.priceCents() * quantity;
    String orderId = ids.next();
    Invoice invoice = billing.invoice(orderId, customer, net);
    OrderConfirmation confirmation =
        new OrderConfirmation(orderId, Vat.addTo(net), invoice.number());
    placed.put(orderId, confirmation);
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
