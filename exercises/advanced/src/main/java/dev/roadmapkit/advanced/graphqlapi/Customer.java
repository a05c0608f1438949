package dev.roadmapkit.advanced.graphqlapi;

/** Given: a row of {@code customer}. */
public record Customer(long id, String name) {}
