package dev.roadmapkit.apis.jsontolerantreader;

/**
 * One line of an order (since v2).
 *
 * @param sku the article
 * @param quantity how many; in JSON a number or a string of digits
 */
public record OrderLine(String sku, int quantity) {}
