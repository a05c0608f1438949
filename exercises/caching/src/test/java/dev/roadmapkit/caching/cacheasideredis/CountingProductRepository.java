package dev.roadmapkit.caching.cacheasideredis;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A fake of the slow repository: an in-memory map that counts how often it is asked, which is what
 * a cache is for. A test can also hook into {@link #save} to look at Redis at that moment.
 */
final class CountingProductRepository implements ProductRepository {

  private final Map<String, Product> products = new HashMap<>();
  private Consumer<Product> onSave = product -> {};
  private int finds;
  private int saves;

  /** Puts a product in place without counting, as if it had always been in the database. */
  CountingProductRepository with(Product product) {
    products.put(product.sku(), product);
    return this;
  }

  /** Runs {@code hook} inside every {@link #save}, after the product has been stored. */
  void onSave(Consumer<Product> hook) {
    this.onSave = hook;
  }

  int finds() {
    return finds;
  }

  int saves() {
    return saves;
  }

  Optional<Product> stored(String sku) {
    return Optional.ofNullable(products.get(sku));
  }

  @Override
  public Optional<Product> findById(String sku) {
    finds++;
    return Optional.ofNullable(products.get(sku));
  }

  @Override
  public void save(Product product) {
    saves++;
    products.put(product.sku(), product);
    onSave.accept(product);
  }
}
