package dev.roadmapkit.testing.flakytests;

/**
 * A summary of a day's sales, in cents.
 *
 * @param count how many sales there were
 * @param totalCents their sum
 * @param largestCents the largest one, or 0 when there were none
 */
public record Report(int count, long totalCents, long largestCents) {}
