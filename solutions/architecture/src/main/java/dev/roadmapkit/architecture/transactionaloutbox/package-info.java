/**
 * Exercise {@code architecture/transactional-outbox}: an order and its event written in one
 * database transaction, a relay that publishes the events at least once, and a consumer that
 * deduplicates them. Runs against a real database.
 */
package dev.roadmapkit.architecture.transactionaloutbox;
