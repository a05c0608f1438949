package dev.roadmapkit.databases.optimisticlocking;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * Exercise {@code databases/optimistic-locking}, part 2: the stock of a shop, changed by many users
 * and processes at the same time, without locking rows while anybody thinks.
 *
 * <p>Two kinds of update, two ways to handle a conflict:
 *
 * <ul>
 *   <li>{@link #save}: a person edited a copy they read earlier (say, in a form). If somebody else
 *       saved the item in between, their edit must not be silently overwritten: <em>report</em> the
 *       conflict with a {@link ConcurrentUpdateException}, so the person can look again.
 *   <li>{@link #adjust}: a process changes the quantity by a rule (take 3 off). It can simply
 *       <em>retry</em> on fresh data: read the item again, apply the rule again, try to write
 *       again, up to {@code maxAttempts} times.
 * </ul>
 *
 * <p>Both rely on the {@code @Version} column of {@link StockItem} (part 1): when the version in
 * the database is no longer the one that was read, Hibernate throws a {@code
 * jakarta.persistence.OptimisticLockException} (at {@code merge}, at {@code flush}, or wrapped in
 * the {@code RollbackException} of {@code commit}). Call {@code flush()} before {@code commit()} to
 * get it directly. Roll back the transaction after a failure.
 */
public final class Inventory {

  private final EntityManagerFactory orm;
  private final int maxAttempts;

  /**
   * Creates the inventory.
   *
   * @param orm the persistence unit, e.g. from {@link InventoryDatabase#open}
   * @param maxAttempts how many times {@link #adjust} tries before it gives up; at least 1
   * @throws IllegalArgumentException if {@code maxAttempts} is below 1, naming it
   */
  public Inventory(EntityManagerFactory orm, int maxAttempts) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    this.orm = Objects.requireNonNull(orm, "orm");
    this.maxAttempts = maxAttempts;
  }

  /** Stores a new item. Given code. */
  public void add(StockItem item) {
    EntityManager entityManager = orm.createEntityManager();
    try {
      entityManager.getTransaction().begin();
      entityManager.persist(item);
      entityManager.getTransaction().commit();
    } finally {
      entityManager.close();
    }
  }

  /** A copy of the item as it is now, detached: changing it changes nothing until saved. */
  public Optional<StockItem> find(long id) {
    EntityManager entityManager = orm.createEntityManager();
    try {
      return Optional.ofNullable(entityManager.find(StockItem.class, id));
    } finally {
      entityManager.close();
    }
  }

  /**
   * Saves a copy that was read with {@link #find} and then edited, in one transaction ({@code
   * merge}).
   *
   * @return the item as saved, with its new version
   * @throws ConcurrentUpdateException if the item was saved by somebody else since {@code edited}
   *     was read; nothing is changed then, and the message names the item
   */
  public StockItem save(StockItem edited) {
    throw new UnsupportedOperationException(
        "TODO databases/optimistic-locking: merge the edited copy in a transaction; turn an"
            + " OptimisticLockException into a ConcurrentUpdateException");
  }

  /**
   * Changes the quantity of item {@code id} to {@code change.applyAsInt(current quantity)}, in a
   * transaction. When another transaction changed the item between the read and the write, the
   * whole read-change-write is tried again on fresh data, up to {@code maxAttempts} times in all.
   *
   * @return the item as saved
   * @throws ConcurrentUpdateException if every attempt met a conflict; the message names the item
   *     and the number of attempts, and its cause is the last conflict. Only a conflict (an
   *     OptimisticLockException) is retried: any other failure, such as a constraint the new
   *     quantity violates, propagates at once, since trying again would fail the same way
   * @throws IllegalArgumentException if there is no item {@code id}
   */
  public StockItem adjust(long id, IntUnaryOperator change) {
    throw new UnsupportedOperationException(
        "TODO databases/optimistic-locking: read, change and flush in a transaction; on an"
            + " OptimisticLockException roll back and try again, up to maxAttempts times");
  }
}
