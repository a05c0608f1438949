package dev.roadmapkit.caching.cacheasideredis;

import java.util.Optional;

/**
 * Where products really live: think of a database that takes tens of milliseconds per query. Given,
 * not part of the task.
 */
public interface ProductRepository {

  /** The product with this SKU, or empty if there is none. */
  Optional<Product> findById(String sku);

  /** Inserts or replaces the product with {@code product.sku()}. */
  void save(Product product);
}
