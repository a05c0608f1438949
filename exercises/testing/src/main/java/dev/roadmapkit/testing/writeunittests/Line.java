package dev.roadmapkit.testing.writeunittests;

/**
 * One line of a basket: a product, its unit price and how many of it.
 *
 * @param sku the product's stock-keeping unit, such as {@code "MUG-01"}
 * @param unitPriceCents the price of one, in cents
 * @param quantity how many
 */
public record Line(String sku, long unitPriceCents, int quantity) {}
