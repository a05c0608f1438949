/**
 * Exercise {@code caching/stampede-protection}: when many callers miss the same key at once, one of
 * them loads it and the others wait for that load, instead of all hitting the slow source.
 */
package dev.roadmapkit.caching.stampedeprotection;
