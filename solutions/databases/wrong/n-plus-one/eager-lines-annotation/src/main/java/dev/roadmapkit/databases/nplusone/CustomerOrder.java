package dev.roadmapkit.databases.nplusone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An order placed by a customer (table {@code customer_order}), with its lines.
 *
 * <p>Both associations are {@link FetchType#LAZY}, the usual and recommended mapping: Hibernate
 * loads the customer or the lines only when code touches them, with one query each time. That is
 * what turns a loop over 100 orders into 100 extra queries.
 */
@Entity
@Table(name = "customer_order")
public class CustomerOrder {

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  @Column(name = "placed_on")
  private LocalDate placedOn;

  @OneToMany(mappedBy = "order", fetch = FetchType.EAGER)
  @OrderBy("id")
  private List<OrderLine> lines = new ArrayList<>();

  /** For Hibernate, which creates entities by reflection. */
  protected CustomerOrder() {}

  public Long getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public LocalDate getPlacedOn() {
    return placedOn;
  }

  public List<OrderLine> getLines() {
    return lines;
  }
}
