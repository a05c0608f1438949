package dev.roadmapkit.architecture.modularmonolith.catalog.api;

import dev.roadmapkit.architecture.modularmonolith.catalog.internal.CatalogService;

/** Creates the catalog module. */
public final class CatalogModule {

  private CatalogModule() {}

  /** The catalog, with the shop's products. */
  public static CatalogApi create() {
    return new CatalogService();
  }
}
