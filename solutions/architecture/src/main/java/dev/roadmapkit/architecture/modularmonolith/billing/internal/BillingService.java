package dev.roadmapkit.architecture.modularmonolith.billing.internal;

import dev.roadmapkit.architecture.modularmonolith.billing.api.BillingApi;
import dev.roadmapkit.architecture.modularmonolith.billing.api.Invoice;
import java.util.ArrayList;
import java.util.List;

/**
 * The billing module's implementation of its API. It knows nothing of the orders module: an order
 * id is an opaque reference to it.
 */
public final class BillingService implements BillingApi {

  private final List<Invoice> invoices = new ArrayList<>();

  @Override
  public Invoice invoice(String orderId, String customer, long netCents) {
    if (orderId.isBlank()) {
      throw new IllegalArgumentException("an invoice needs an order id");
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
