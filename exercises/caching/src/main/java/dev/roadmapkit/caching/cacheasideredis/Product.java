package dev.roadmapkit.caching.cacheasideredis;

import java.util.Objects;

/**
 * A product of the shop: the small value the exercise caches. Given, not part of the task.
 *
 * @param sku the stock keeping unit, the product's id; not blank
 * @param name the display name; any text, possibly empty
 * @param priceCents the price in cents; not negative
 */
public record Product(String sku, String name, int priceCents) {

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if {@code sku} is blank or {@code priceCents} is negative
   */
  public Product {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(name, "name");
    if (sku.isBlank()) {
      throw new IllegalArgumentException("sku must not be blank, was '" + sku + "'");
    }
    if (priceCents < 0) {
      throw new IllegalArgumentException("priceCents must not be negative, was " + priceCents);
    }
  }
}
