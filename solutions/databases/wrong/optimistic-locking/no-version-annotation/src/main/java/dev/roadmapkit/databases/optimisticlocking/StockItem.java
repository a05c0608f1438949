package dev.roadmapkit.databases.optimisticlocking;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

// Key idea: a version column turns "last write wins" into "first write wins, later ones notice".
// Hibernate adds `where version = ?` to every update and increments the version; a stale writer
// updates no row and gets an OptimisticLockException. Trade-off: no locks are held while people
// think, but a conflict costs a retry or a "please reload", so it suits data that is rarely
// written by two parties at once.

/** An item in stock (table {@code stock_item}): a name and how many are on the shelf. */
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

  /** The version of the row this copy was read from; managed by Hibernate. */
  public long getVersion() {
    return version;
  }
}
