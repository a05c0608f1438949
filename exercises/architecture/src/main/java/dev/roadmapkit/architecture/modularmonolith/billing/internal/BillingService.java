package dev.roadmapkit.architecture.modularmonolith.billing.internal;

import dev.roadmapkit.architecture.modularmonolith.billing.api.BillingApi;
import dev.roadmapkit.architecture.modularmonolith.billing.api.Invoice;
import dev.roadmapkit.architecture.modularmonolith.orders.internal.OrderIds;
import java.util.ArrayList;
import java.util.List;

/**
 * The billing module's implementation of its API. Part of the exercise {@code
 * architecture/modular-monolith}: see {@code orders.internal.OrderService} for the task.
 */
public final class BillingService implements BillingApi {

  private final List<Invoice> invoices = new ArrayList<>();

  @Override
  public Invoice invoice(String orderId, String customer, long netCents) {
    if (!OrderIds.isValid(orderId)) {
      throw new IllegalArgumentException("not an order id: '" + orderId + "'");
    }
    Invoice invoice =
        new Invoice(
            String.format("INV-%04d", invoices.size() + 1),
            orderId,
            customer,
            netCents,
            Vat.addTo(netCents));
    invoices.add(invoice);
    return invoice;
  }

  @Override
  public List<Invoice> invoicesOf(String customer) {
    return invoices.stream().filter(invoice -> invoice.customer().equals(customer)).toList();
  }
}
