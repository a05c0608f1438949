package dev.roadmapkit.architecture.modularmonolith.billing.api;

/**
 * An invoice.
 *
 * @param number e.g. {@code INV-0001}
 * @param orderId the order it bills
 * @param customer who pays
 * @param netCents the amount before VAT
 * @param grossCents the amount with VAT, what the customer pays
 */
public record Invoice(
    String number, String orderId, String customer, long netCents, long grossCents) {}
