package dev.roadmapkit.apis.paginationandhateoas;

import java.util.List;
import java.util.TreeMap;

/** The orders, thread-safe. Given; it knows nothing of pages or HTTP. */
public final class OrderStore {

  private final TreeMap<Long, Order> orders = new TreeMap<>();

  /**
   * Stores {@code order}.
   *
   * @throws IllegalArgumentException when an order with that id is already stored
   */
  public synchronized void add(Order order) {
    if (orders.putIfAbsent(order.id(), order) != null) {
      throw new IllegalArgumentException("an order with id " + order.id() + " is already stored");
    }
  }

  /** A snapshot of every order, by id ascending. */
  public synchronized List<Order> all() {
    return List.copyOf(orders.values());
  }
}
