package dev.roadmapkit.databases.indexes;

import java.time.LocalDateTime;

/**
 * One purchase, as the query returns it.
 *
 * @param id the purchase's id
 * @param placedAt when it was placed
 * @param totalCents what it cost
 */
public record Purchase(long id, LocalDateTime placedAt, int totalCents) {}
