package dev.roadmapkit.architecture.modularmonolith.catalog.internal;

import dev.roadmapkit.architecture.modularmonolith.catalog.api.CatalogApi;
import dev.roadmapkit.architecture.modularmonolith.catalog.api.Product;
import java.util.Optional;

/** The catalog module's implementation of its API. */
public final class CatalogService implements CatalogApi {

  @Override
  public Optional<Product> find(String sku) {
    return ProductTable.lookup(sku);
  }
}
