package dev.roadmapkit.testing.integrationtesting;

/**
 * One line of an order: the database refuses a quantity below 1 or a negative price.
 *
 * @param sku the article
 * @param unitPriceCents the price of one, in cents
 * @param quantity how many
 */
public record OrderLine(String sku, long unitPriceCents, int quantity) {}
