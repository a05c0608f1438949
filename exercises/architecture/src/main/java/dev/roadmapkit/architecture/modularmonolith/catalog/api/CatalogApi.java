package dev.roadmapkit.architecture.modularmonolith.catalog.api;

import java.util.Optional;

/** What the catalog module offers the other modules. */
public interface CatalogApi {

  /** The product with that SKU, if the catalog has it. */
  Optional<Product> find(String sku);
}
