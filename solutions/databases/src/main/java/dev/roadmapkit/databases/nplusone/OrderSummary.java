package dev.roadmapkit.databases.nplusone;

import java.time.LocalDate;

/**
 * One row of the order report.
 *
 * @param orderId the order's id
 * @param customerName the name of the customer who placed it
 * @param placedOn the day it was placed
 * @param lineCount how many lines it has (0 for an order without lines)
 * @param totalCents the sum of its lines' totals (0 for an order without lines)
 */
public record OrderSummary(
    long orderId, String customerName, LocalDate placedOn, int lineCount, long totalCents) {}
