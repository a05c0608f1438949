package dev.roadmapkit.websecurity.sqlinjection;

/**
 * A row of the {@code products} table.
 *
 * @param id the primary key
 * @param name the product name
 * @param category the category
 * @param priceCents the price in cents
 */
public record Product(long id, String name, String category, long priceCents) {}
