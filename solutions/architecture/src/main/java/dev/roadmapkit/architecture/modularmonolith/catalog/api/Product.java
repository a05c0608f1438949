package dev.roadmapkit.architecture.modularmonolith.catalog.api;

/**
 * A product of the catalog.
 *
 * @param sku its stock-keeping unit
 * @param name what it is called
 * @param priceCents its net price, in cents
 */
public record Product(String sku, String name, long priceCents) {}
