package dev.roadmapkit.architecture.modularmonolith.billing.api;

import dev.roadmapkit.architecture.modularmonolith.billing.internal.BillingService;

/** Creates the billing module. */
public final class BillingModule {

  private BillingModule() {}

  /** Billing, with no invoices yet. */
  public static BillingApi create() {
    return new BillingService();
  }
}
