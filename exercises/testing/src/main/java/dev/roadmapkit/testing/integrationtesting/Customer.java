package dev.roadmapkit.testing.integrationtesting;

/**
 * A registered customer.
 *
 * @param id the id the database gave it
 * @param name the name as registered
 * @param email the email as registered, letters' case kept
 */
public record Customer(long id, String name, String email) {}
