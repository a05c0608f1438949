/**
 * Exercise {@code caching/cache-aside-redis}: the cache-aside pattern over a slow repository, with
 * a real Redis as the shared cache: read through the cache, store with a TTL, invalidate on write,
 * and a string format for the cached value.
 */
package dev.roadmapkit.caching.cacheasideredis;
