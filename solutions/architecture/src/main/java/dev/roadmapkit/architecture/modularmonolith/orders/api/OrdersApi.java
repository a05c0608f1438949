package dev.roadmapkit.architecture.modularmonolith.orders.api;

import java.util.Optional;

/** What the orders module offers. */
public interface OrdersApi {

  /**
   * Places an order for {@code quantity} of the product {@code sku}, and has it invoiced.
   *
   * @throws IllegalArgumentException if the product is unknown or the quantity is not positive
   */
  OrderConfirmation place(String customer, String sku, int quantity);

  /**
   * The confirmation of an order placed earlier.
   *
   * @return empty if there is no such order
   * @throws IllegalArgumentException if {@code orderId} is not of the form {@code ORD-<number>}
   */
  Optional<OrderConfirmation> find(String orderId);
}
