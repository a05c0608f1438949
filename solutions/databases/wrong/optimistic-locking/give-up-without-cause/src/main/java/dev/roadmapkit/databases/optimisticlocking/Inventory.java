package dev.roadmapkit.databases.optimisticlocking;

// Key idea: detect, don't prevent. Each write is one short transaction; the @Version check at
// flush tells whether someone else wrote in between. A person's edit is then reported (they must
// see the new state before deciding again); a rule such as "take 3 off" is simply re-applied to
// fresh data. Trade-off: under heavy contention on one row the retries add up, and a pessimistic
// lock (select ... for update) becomes the cheaper choice.

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * Exercise {@code databases/optimistic-locking}, part 2: the stock of a shop, changed by many users
 * and processes at the same time. {@link #save} reports a conflicting edit with a {@link
 * ConcurrentUpdateException}; {@link #adjust} retries on fresh data, up to {@code maxAttempts}
 * times.
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
   * Saves a copy that was read with {@link #find} and then edited, in one transaction.
   *
   * @return the item as saved, with its new version
   * @throws ConcurrentUpdateException if the item was saved by somebody else since {@code edited}
   *     was read; nothing is changed then
   */
  public StockItem save(StockItem edited) {
    try {
      return inTransaction(entityManager -> entityManager.merge(edited));
    } catch (OptimisticLockException conflict) {
      throw new ConcurrentUpdateException(
          "stock item "
              + edited.getId()
              + " was changed by someone else after version "
              + edited.getVersion()
              + " was read; read it again and redo the edit",
          conflict);
    }
  }

  /**
   * Changes the quantity of item {@code id} to {@code change.applyAsInt(current quantity)},
   * retrying the whole read-change-write on fresh data after a conflict, up to {@code maxAttempts}
   * times in all.
   *
   * @return the item as saved
   * @throws ConcurrentUpdateException if every attempt met a conflict
   * @throws IllegalArgumentException if there is no item {@code id}
   */
  public StockItem adjust(long id, IntUnaryOperator change) {
    OptimisticLockException lastConflict = null;
    for (int attempt = 0; attempt < maxAttempts; attempt++) {
      try {
        return inTransaction(
            entityManager -> {
              StockItem item = entityManager.find(StockItem.class, id);
              if (item == null) {
                throw new IllegalArgumentException("there is no stock item " + id);
              }
              item.setQuantity(change.applyAsInt(item.getQuantity()));
              return item;
            });
      } catch (OptimisticLockException conflict) {
        lastConflict = conflict;
      }
    }
    throw new ConcurrentUpdateException(
        "stock item " + id + " was changed by others during all " + maxAttempts + " attempts",
        null);
  }

  /** Runs {@code work} in a transaction, flushing so that a version conflict surfaces as such. */
  private <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager entityManager = orm.createEntityManager();
    try {
      entityManager.getTransaction().begin();
      T result = work.apply(entityManager);
      entityManager.flush();
      entityManager.getTransaction().commit();
      return result;
    } finally {
      if (entityManager.getTransaction().isActive()) {
        entityManager.getTransaction().rollback();
      }
      entityManager.close();
    }
  }
}
