package dev.roadmapkit.architecture.modularmonolith.orders.api;

import dev.roadmapkit.architecture.modularmonolith.billing.api.BillingApi;
import dev.roadmapkit.architecture.modularmonolith.catalog.api.CatalogApi;
import dev.roadmapkit.architecture.modularmonolith.orders.internal.OrderService;

/** Creates the orders module, on the APIs of the modules it uses. */
public final class OrdersModule {

  private OrdersModule() {}

  /** Orders, using {@code catalog} for prices and {@code billing} for invoices. */
  public static OrdersApi create(CatalogApi catalog, BillingApi billing) {
    return new OrderService(catalog, billing);
  }
}
