/**
 * Exercise {@code caching/lru-cache}: a cache with a fixed capacity that evicts the least recently
 * used entry, with every operation in constant time.
 */
package dev.roadmapkit.caching.lrucache;
