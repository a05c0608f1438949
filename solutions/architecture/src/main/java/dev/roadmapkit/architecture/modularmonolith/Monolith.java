package dev.roadmapkit.architecture.modularmonolith;

import dev.roadmapkit.architecture.modularmonolith.billing.api.BillingApi;
import dev.roadmapkit.architecture.modularmonolith.billing.api.BillingModule;
import dev.roadmapkit.architecture.modularmonolith.catalog.api.CatalogApi;
import dev.roadmapkit.architecture.modularmonolith.catalog.api.CatalogModule;
import dev.roadmapkit.architecture.modularmonolith.orders.api.OrdersApi;
import dev.roadmapkit.architecture.modularmonolith.orders.api.OrdersModule;

/**
 * The shop, wired: one process, three modules, connected only through their APIs.
 *
 * @param catalog the catalog module
 * @param orders the orders module
 * @param billing the billing module
 */
public record Monolith(CatalogApi catalog, OrdersApi orders, BillingApi billing) {

  /** Starts the modules, each on the APIs of those it uses. */
  public static Monolith start() {
    CatalogApi catalog = CatalogModule.create();
    BillingApi billing = BillingModule.create();
    return new Monolith(catalog, OrdersModule.create(catalog, billing), billing);
  }
}
