package dev.roadmapkit.advanced.graphqlapi;

/** Given: a row of {@code shop_order}; its customer is only an id, loaded when a query asks. */
public record Order(long id, long customerId, String placedOn) {}
