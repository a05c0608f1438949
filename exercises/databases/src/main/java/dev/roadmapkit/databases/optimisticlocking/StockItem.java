package dev.roadmapkit.databases.optimisticlocking;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An item in stock (table {@code stock_item}): a name and how many are on the shelf.
 *
 * <p>Exercise {@code databases/optimistic-locking}, part 1: the {@code version} field is meant to
 * be the item's <em>version column</em>, but nothing tells Hibernate so yet. TODO
 * databases/optimistic-locking: annotate it with {@code @jakarta.persistence.Version}. Hibernate
 * then increments it on every update and adds {@code where version = ?} (the version it read) to
 * the {@code update} statement; when another transaction changed the row in between, no row matches
 * and Hibernate throws an {@code OptimisticLockException} instead of silently overwriting the other
 * change.
 */
@Entity
@Table(name = "stock_item")
public class StockItem {

  @Id private Long id;

  private String name;

  private int quantity;

  private long version;

  /** For Hibernate, which creates entities by reflection. */
  protected StockItem() {}

  /** A new item, not yet saved; its version starts at 0. */
  public StockItem(long id, String name, int quantity) {
    this.id = id;
    this.name = name;
    this.quantity = quantity;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getQuantity() {
    return quantity;
  }

  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }

  /** The version of the row this copy was read from; managed by Hibernate once it is @Version. */
  public long getVersion() {
    return version;
  }
}
