package dev.roadmapkit.architecture.modularmonolith.billing.api;

import java.util.List;

/** What the billing module offers the other modules. */
public interface BillingApi {

  /**
   * Issues an invoice; billing adds the VAT.
   *
   * @throws IllegalArgumentException if the order id is missing
   */
  Invoice invoice(String orderId, String customer, long netCents);

  /** A customer's invoices, oldest first. */
  List<Invoice> invoicesOf(String customer);
}
