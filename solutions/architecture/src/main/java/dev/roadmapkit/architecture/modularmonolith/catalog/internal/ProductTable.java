package dev.roadmapkit.architecture.modularmonolith.catalog.internal;

import dev.roadmapkit.architecture.modularmonolith.catalog.api.Product;
import java.util.Map;
import java.util.Optional;

/** The catalog's own data: the shop's products. */
public final class ProductTable {

  private static final Map<String, Product> PRODUCTS =
      Map.of(
          "TEA-1", new Product("TEA-1", "Green tea", 450),
          "MUG-2", new Product("MUG-2", "Mug", 1199),
          "PEN-3", new Product("PEN-3", "Pen", 199));

  private ProductTable() {}

  /** The product with that SKU, if any. */
  public static Optional<Product> lookup(String sku) {
    return Optional.ofNullable(PRODUCTS.get(sku));
  }
}
