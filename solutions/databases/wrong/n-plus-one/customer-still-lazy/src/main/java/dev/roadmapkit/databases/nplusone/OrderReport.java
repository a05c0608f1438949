package dev.roadmapkit.databases.nplusone;

// Key idea: say in the query what the report will touch. `join fetch` makes Hibernate load the
// customer and the lines in the same SQL statement as the orders (one statement in all), instead of
// one lazy query per order and per customer. The lines are a `left` join fetch so that an order
// without lines is still a row. Trade-off: fetching a collection with a join repeats each order's
// columns once per line; for two or more collections, or for paging, prefer @BatchSize or a second
// query, which keep the result small at the cost of one more round trip.

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Exercise {@code databases/n-plus-one}: a report with one row per order: its customer's name, its
 * date, how many lines it has and its total, loaded with a single SQL statement.
 */
public final class OrderReport {

  private final EntityManagerFactory orm;

  /**
   * Creates the report.
   *
   * @param orm the persistence unit, e.g. from {@link OrderDatabase#open}
   */
  public OrderReport(EntityManagerFactory orm) {
    this.orm = orm;
  }

  /** One summary per order, ordered by order id. */
  public List<OrderSummary> summaries() {
    EntityManager entityManager = orm.createEntityManager();
    try {
      // Hibernate 6 and later return each order once even though the join repeats it per line.
      List<CustomerOrder> orders =
          entityManager
              .createQuery(
                  "select o from CustomerOrder o left join fetch o.lines" + " order by o.id",
                  CustomerOrder.class)
              .getResultList();
      List<OrderSummary> report = new ArrayList<>();
      for (CustomerOrder order : orders) {
        long total = 0;
        for (OrderLine line : order.getLines()) {
          total += line.totalCents();
        }
        report.add(
            new OrderSummary(
                order.getId(),
                order.getCustomer().getName(),
                order.getPlacedOn(),
                order.getLines().size(),
                total));
      }
      return report;
    } finally {
      entityManager.close();
    }
  }
}
