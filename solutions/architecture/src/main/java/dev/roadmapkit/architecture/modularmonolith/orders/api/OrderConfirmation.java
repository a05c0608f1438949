package dev.roadmapkit.architecture.modularmonolith.orders.api;

/**
 * What the customer sees after ordering.
 *
 * @param orderId e.g. {@code ORD-1}
 * @param totalCents what the customer pays, VAT included
 * @param invoiceNumber the invoice billing issued
 */
public record OrderConfirmation(String orderId, long totalCents, String invoiceNumber) {}
