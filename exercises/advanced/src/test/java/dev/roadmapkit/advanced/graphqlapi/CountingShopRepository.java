package dev.roadmapkit.advanced.graphqlapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The real repository, recording each call (a batch load) with the ids it was given. */
final class CountingShopRepository implements ShopRepository {

  /** One call: the method and the ids (or the {@code first} argument) in the order given. */
  record Call(String method, List<Long> ids) {
    @Override
    public String toString() {
      return method + ids;
    }
  }

  private final ShopRepository target;
  private final List<Call> calls = new ArrayList<>();

  CountingShopRepository(ShopRepository target) {
    this.target = target;
  }

  synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  synchronized void reset() {
    calls.clear();
  }

  private synchronized void record(String method, Collection<Long> ids) {
    calls.add(new Call(method, List.copyOf(ids)));
  }

  @Override
  public List<Order> firstOrders(int first) {
    record("firstOrders", List.of((long) first));
    return target.firstOrders(first);
  }

  @Override
  public Map<Long, Order> ordersByIds(Collection<Long> ids) {
    record("ordersByIds", ids);
    return target.ordersByIds(ids);
  }

  @Override
  public Map<Long, Customer> customersByIds(Collection<Long> ids) {
    record("customersByIds", ids);
    return target.customersByIds(ids);
  }

  @Override
  public Map<Long, List<OrderLine>> linesByOrderIds(Collection<Long> orderIds) {
    record("linesByOrderIds", orderIds);
    return target.linesByOrderIds(orderIds);
  }

  @Override
  public Map<Long, Product> productsByIds(Collection<Long> ids) {
    record("productsByIds", ids);
    return target.productsByIds(ids);
  }

  @Override
  public Map<Long, List<Order>> ordersByCustomerIds(Collection<Long> customerIds) {
    record("ordersByCustomerIds", customerIds);
    return target.ordersByCustomerIds(customerIds);
  }
}
