package dev.roadmapkit.testing.integrationtesting;

import java.time.Instant;

/**
 * An order as stored.
 *
 * @param id the id the database gave it
 * @param customerId whose order it is
 * @param placedAt when it was placed, exactly as given to {@link OrderRepository#place}
 * @param totalCents the sum of its lines' unit price times quantity
 */
public record PlacedOrder(long id, long customerId, Instant placedAt, long totalCents) {}
