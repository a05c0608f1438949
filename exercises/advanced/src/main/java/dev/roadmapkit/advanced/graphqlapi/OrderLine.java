package dev.roadmapkit.advanced.graphqlapi;

/** Given: a row of {@code order_line}: {@code quantity} of one product in one order. */
public record OrderLine(long id, long orderId, long productId, int quantity) {}
