package dev.roadmapkit.advanced.graphqlapi;

/** Given: a row of {@code product}. */
public record Product(long id, String name, int priceCents) {}
