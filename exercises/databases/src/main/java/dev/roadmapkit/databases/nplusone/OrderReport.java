package dev.roadmapkit.databases.nplusone;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Exercise {@code databases/n-plus-one}: a report with one row per order: its customer's name, its
 * date, how many lines it has and its total.
 *
 * <p>It works, and the tests that guard its content pass. But it is slow: it loads the orders with
 * one query, and then, because {@link CustomerOrder#getCustomer()} and {@link
 * CustomerOrder#getLines()} are lazy, every order's lines cost one more query and every customer
 * one more: for 100 orders, over 100 round trips to the database. That is the <em>N+1 query
 * problem</em>, the most common performance bug of code that uses an ORM.
 *
 * <p>Your task: make {@link #summaries()} send <strong>at most 2 SQL statements</strong> for 100
 * orders (and not more for more orders), without changing what it returns. Ways to do it:
 *
 * <ul>
 *   <li>a {@code join fetch} of the customer and the lines in the JPQL query (remember that an
 *       order without lines must still be in the report);
 *   <li>an entity graph ({@code jakarta.persistence.EntityGraph}) given to the query as the {@code
 *       jakarta.persistence.fetchgraph} hint;
 *   <li>batch fetching: Hibernate's {@code @BatchSize} on an association loads the lazy association
 *       for many orders in one query.
 * </ul>
 *
 * <p>The test counts the statements that really reach the database and prints them, grouped, when
 * there are too many: read that list, it shows the N+1 pattern.
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
      List<CustomerOrder> orders =
          entityManager
              .createQuery("select o from CustomerOrder o order by o.id", CustomerOrder.class)
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
