/**
 * Exercise {@code ci-cd/cache-keys}: cache keys from the hash of the lockfiles, and a cache that
 * restores the exact key or falls back to the newest entry of a restore-key prefix, as {@code
 * actions/cache} does.
 */
package dev.roadmapkit.cicd.cachekeys;
