/**
 * Exercise {@code os-fundamentals/memory-leak}: find and fix two leaks a garbage collector cannot
 * help with, a listener registry that keeps closed listeners and a cache that never forgets.
 */
package dev.roadmapkit.osfundamentals.memoryleak;
