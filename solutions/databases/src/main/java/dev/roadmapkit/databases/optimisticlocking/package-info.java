/**
 * Exercise {@code databases/optimistic-locking}: detect conflicting updates with a JPA
 * {@code @Version} column instead of locking rows while a user thinks. Of two conflicting updates
 * one wins; the other is detected, and is either reported to its user or retried on fresh data.
 */
package dev.roadmapkit.databases.optimisticlocking;
