/**
 * Exercise {@code caching/write-strategies}: two ways a cache passes writes on to the store behind
 * it: write-through (synchronously, one by one) and write-behind (buffered, in batches).
 */
package dev.roadmapkit.caching.writestrategies;
