/**
 * Exercise {@code caching/ttl-cache}: entries that expire a fixed time after they were written,
 * measured on an injected clock, with hit, miss and expiration statistics.
 */
package dev.roadmapkit.caching.ttlcache;
