package dev.roadmapkit.databases.nplusone;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer (table {@code customer}). Given code: the exercise does not need you to change it. */
@Entity
@Table(name = "customer")
public class Customer {

  @Id private Long id;

  private String name;

  /** For Hibernate, which creates entities by reflection. */
  protected Customer() {}

  public String getName() {
    return name;
  }
}
