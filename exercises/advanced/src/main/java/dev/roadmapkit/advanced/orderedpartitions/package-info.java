/**
 * Exercise {@code advanced/ordered-partitions}: messages keyed by an account id are handled in
 * order per key while different keys run in parallel, by a stable hash of the key onto
 * single-threaded workers, and the workers can be added or removed without losing, doubling or
 * reordering a message.
 */
package dev.roadmapkit.advanced.orderedpartitions;
