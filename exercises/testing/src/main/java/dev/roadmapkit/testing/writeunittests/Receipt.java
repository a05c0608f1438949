package dev.roadmapkit.testing.writeunittests;

/**
 * What a basket costs, in cents: {@code total == subtotal - discount + shipping}.
 *
 * @param subtotal the lines' prices before any discount
 * @param discount the bulk discounts and the coupon together
 * @param shipping the shipping charged
 * @param total what the customer pays
 */
public record Receipt(long subtotal, long discount, long shipping, long total) {}
