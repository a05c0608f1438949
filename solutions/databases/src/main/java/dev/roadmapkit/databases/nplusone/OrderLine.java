package dev.roadmapkit.databases.nplusone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of an order (table {@code order_line}): a product, a quantity and a unit price. */
@Entity
@Table(name = "order_line")
public class OrderLine {

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private CustomerOrder order;

  private String product;

  private int quantity;

  @Column(name = "unit_price_cents")
  private long unitPriceCents;

  /** For Hibernate, which creates entities by reflection. */
  protected OrderLine() {}

  /** What the line costs: quantity times unit price, in cents. */
  public long totalCents() {
    return quantity * unitPriceCents;
  }
}
