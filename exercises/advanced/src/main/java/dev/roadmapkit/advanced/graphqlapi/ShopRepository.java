package dev.roadmapkit.advanced.graphqlapi;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Given: the shop's data. Every method is <b>one</b> SQL statement, however many ids it gets: the
 * {@code ...ByIds} methods are what a batch loader calls with all the keys of one dispatch. Ids
 * with no row are simply absent from the map that comes back.
 */
public interface ShopRepository {

  /** The {@code first} orders with the lowest ids, in id order. */
  List<Order> firstOrders(int first);

  /** The orders with these ids, by id. */
  Map<Long, Order> ordersByIds(Collection<Long> ids);

  /** The customers with these ids, by id. */
  Map<Long, Customer> customersByIds(Collection<Long> ids);

  /** The lines of each of these orders, in line id order, by order id; no lines: no entry. */
  Map<Long, List<OrderLine>> linesByOrderIds(Collection<Long> orderIds);

  /** The products with these ids, by id. */
  Map<Long, Product> productsByIds(Collection<Long> ids);

  /** The orders of each of these customers, in order id order, by customer id; none: no entry. */
  Map<Long, List<Order>> ordersByCustomerIds(Collection<Long> customerIds);
}
